import type { IsoDate } from '../plan/types';

const MS_PER_DAY = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Days since 1970-01-01 for an ISO calendar date. Date arithmetic is done on these integers
 * (UTC, date only) so that neither the process time zone nor DST can shift a day.
 * Throws on anything that is not a real YYYY-MM-DD date, because a silently wrong due date
 * is worse than a loud failure at the caller.
 */
export function toDayNumber(date: IsoDate): number {
  const match = ISO_DATE.exec(date);
  if (match) {
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    // setUTCFullYear, unlike Date.UTC, keeps years below 100 as written.
    const check = new Date(0);
    const ms = check.setUTCFullYear(year, month - 1, day);
    // 2025-02-30 rolls over to March; reject it instead of guessing.
    if (check.getUTCMonth() === month - 1 && check.getUTCDate() === day) return ms / MS_PER_DAY;
  }
  throw new RangeError(`"${date}" is not a calendar date; write it as YYYY-MM-DD, e.g. 2025-06-30.`);
}

/** The ISO calendar date of a day number from toDayNumber. */
export function fromDayNumber(dayNumber: number): IsoDate {
  return new Date(dayNumber * MS_PER_DAY).toISOString().slice(0, 10);
}
