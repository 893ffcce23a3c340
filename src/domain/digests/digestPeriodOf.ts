import type { IsoDate } from '../plan/types';
import { isoDate } from '../schedule/isoDate';
import { lastDayOfMonth } from '../schedule/lastDayOfMonth';
import type { DigestPeriod } from './DigestPeriod';

/**
 * The period a `status` argument names, relative to today: nothing = the current year up to the end
 * of this month; "2025" = that whole year; "2025-06" or "juni"... no: "2025-06" = a month;
 * "Q2"/"K2" or "2025-Q2" = a quarter; "T2" = a tertial. Null when the text is not a period.
 */
export function digestPeriodOf(text: string, today: IsoDate): DigestPeriod | null {
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  const arg = text.trim().toUpperCase();
  if (arg === '') {
    return { key: String(year), from: isoDate(year, 1, 1), to: monthEnd(year, month) };
  }
  let match = /^(\d{4})$/.exec(arg);
  if (match) {
    const y = Number(match[1]);
    return { key: String(y), from: isoDate(y, 1, 1), to: isoDate(y, 12, 31) };
  }
  match = /^(\d{4})-(\d{2})$/.exec(arg);
  if (match) {
    const [y, m] = [Number(match[1]), Number(match[2])];
    if (m < 1 || m > 12) return null;
    return { key: `${y}-${match[2]}`, from: isoDate(y, m, 1), to: monthEnd(y, m) };
  }
  match = /^(?:(\d{4})-?)?([QKT])([1-4])$/.exec(arg);
  if (match) {
    const y = match[1] ? Number(match[1]) : year;
    const n = Number(match[3]);
    const length = match[2] === 'T' ? 4 : 3;
    if (match[2] === 'T' && n > 3) return null;
    const first = (n - 1) * length + 1;
    const label = match[2] === 'T' ? 'T' : 'Q';
    return { key: `${y}-${label}${n}`, from: isoDate(y, first, 1), to: monthEnd(y, first + length - 1) };
  }
  return null;
}

function monthEnd(year: number, month: number): IsoDate {
  return lastDayOfMonth(year, month);
}
