import type { IsoDate } from '../plan/types';
import { toDayNumber } from './dayNumber';
import { isWorkingDayNumber } from './isWorkingDayNumber';

/**
 * True on a Swedish working day: Monday–Friday and not a public holiday, midsommarafton,
 * julafton or nyårsafton (see swedishNonWorkingDays for what counts and why).
 */
export function isWorkingDay(date: IsoDate): boolean {
  return isWorkingDayNumber(toDayNumber(date));
}
