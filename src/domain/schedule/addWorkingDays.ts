import type { IsoDate } from '../plan/types';
import { fromDayNumber, toDayNumber } from './dayNumber';
import { isWorkingDayNumber } from './isWorkingDayNumber';
import { nextWorkingDay } from './nextWorkingDay';

/**
 * The nth working day after `date` (before it when n is negative); `date` itself is not counted,
 * so addWorkingDays('2025-06-19', 1) is 2025-06-23, skipping midsommarafton and the weekend.
 * n = 0 gives nextWorkingDay(date), so the result is always a working day; on a non-working
 * day n = 0 and n = 1 therefore give the same date.
 */
export function addWorkingDays(date: IsoDate, n: number): IsoDate {
  if (!Number.isInteger(n)) throw new RangeError(`addWorkingDays needs a whole number of days, got ${n}.`);
  if (n === 0) return nextWorkingDay(date);
  const step = n > 0 ? 1 : -1;
  let day = toDayNumber(date);
  for (let remaining = Math.abs(n); remaining > 0;) {
    day += step;
    if (isWorkingDayNumber(day)) remaining -= 1;
  }
  return fromDayNumber(day);
}
