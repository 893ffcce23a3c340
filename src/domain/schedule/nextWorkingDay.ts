import type { IsoDate } from '../plan/types';
import { fromDayNumber, toDayNumber } from './dayNumber';
import { isWorkingDayNumber } from './isWorkingDayNumber';

/** The date itself when it is a working day, otherwise the first working day after it. */
export function nextWorkingDay(date: IsoDate): IsoDate {
  let day = toDayNumber(date);
  while (!isWorkingDayNumber(day)) day += 1;
  return fromDayNumber(day);
}
