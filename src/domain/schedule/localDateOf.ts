import type { IsoDate } from '../plan/types';
import { isoDate } from './isoDate';
import { wallClockOf } from './wallClockOf';

/** The calendar date an instant falls on in a time zone, e.g. 2025-03-29T23:30Z is 2025-03-30 in Europe/Stockholm. */
export function localDateOf(instant: Date, timeZone: string): IsoDate {
  const clock = wallClockOf(instant, timeZone);
  return isoDate(clock.year, clock.month, clock.day);
}
