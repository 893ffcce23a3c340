import type { IsoDate } from '../plan/types';
import { fromDayNumber, toDayNumber } from './dayNumber';

/** Calendar days, not working days; negative n goes back. */
export function addDays(date: IsoDate, n: number): IsoDate {
  return fromDayNumber(toDayNumber(date) + n);
}
