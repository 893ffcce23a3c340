import type { IsoDate } from '../plan/types';
import { toDayNumber } from './dayNumber';
import { isWorkingDayNumber } from './isWorkingDayNumber';

/**
 * Working days after `a` up to and including `b`; negative when b is before a.
 * Chosen so that workingDaysBetween(a, addWorkingDays(a, n)) === n for n ≥ 1, which is what
 * "how many working days late" needs: an answer on the due date is 0, the next working day 1.
 */
export function workingDaysBetween(a: IsoDate, b: IsoDate): number {
  const from = toDayNumber(a);
  const to = toDayNumber(b);
  if (to < from) return -workingDaysBetween(b, a);
  let count = 0;
  for (let day = from + 1; day <= to; day += 1) if (isWorkingDayNumber(day)) count += 1;
  return count;
}
