import type { IsoDate } from '../plan/types';

/** Builds YYYY-MM-DD from numbers (month 1–12); the caller guarantees a real date. */
export function isoDate(year: number, month: number, day: number): IsoDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
