import type { IsoDate } from '../plan/types';
import { isoDate } from './isoDate';

/** The last calendar date of a month (month 1–12). */
export function lastDayOfMonth(year: number, month: number): IsoDate {
  // Day 0 of the next month is the last day of this one.
  return isoDate(year, month, new Date(Date.UTC(year, month, 0)).getUTCDate());
}
