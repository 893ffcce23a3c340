import type { IsoDate } from '../plan/types';
import { toDayNumber } from './dayNumber';
import { wallClockOf } from './wallClockOf';

const MS_PER_MINUTE = 60_000;
const MS_PER_DAY = 86_400_000;

/**
 * The instant when the wall clock in `timeZone` shows `hour:minute` on `date`.
 * DST edges follow Temporal's "compatible" rule, so a reminder is never lost nor sent twice:
 * a time that does not exist (02:30 on 2025-03-30 in Stockholm) moves forward by the gap (03:30),
 * and a time that exists twice (02:30 on 2025-10-26) means the earlier one (still summer time).
 */
export function instantAt(date: IsoDate, hour: number, minute: number, timeZone: string): Date {
  if (
    !Number.isInteger(hour) ||
    hour < 0 ||
    hour > 23 ||
    !Number.isInteger(minute) ||
    minute < 0 ||
    minute > 59
  ) {
    throw new RangeError(`instantAt needs hour 0–23 and minute 0–59, got ${hour}:${minute}.`);
  }
  // The wall-clock time read as if it were UTC; the answer is this minus the zone's offset.
  const wallAsUtc = toDayNumber(date) * MS_PER_DAY + (hour * 60 + minute) * MS_PER_MINUTE;
  // Offsets a day either side bracket any single transition, so they are the only candidates.
  const offsetBefore = offsetAt(wallAsUtc - MS_PER_DAY, timeZone);
  const offsetAfter = offsetAt(wallAsUtc + MS_PER_DAY, timeZone);
  const candidates = [wallAsUtc - offsetBefore, wallAsUtc - offsetAfter]
    .filter((ms) => offsetAt(ms, timeZone) === wallAsUtc - ms)
    .sort((x, y) => x - y);
  // No candidate means a gap: using the offset from before it lands the same distance past it.
  return new Date(candidates[0] ?? wallAsUtc - offsetBefore);
}

/** The zone's UTC offset in milliseconds at an instant (e.g. +2 h in Stockholm in summer). */
function offsetAt(ms: number, timeZone: string): number {
  const clock = wallClockOf(new Date(ms), timeZone);
  const wallAsUtc = Date.UTC(clock.year, clock.month - 1, clock.day, clock.hour, clock.minute, clock.second);
  // Whole seconds: the formatter drops milliseconds.
  return wallAsUtc - Math.floor(ms / 1000) * 1000;
}
