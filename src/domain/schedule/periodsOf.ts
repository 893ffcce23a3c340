import type { Frequency, IsoDate, Period, Plan } from '../plan/types';
import { addDays } from './addDays';
import { toDayNumber } from './dayNumber';
import { isoDate } from './isoDate';
import { lastDayOfMonth } from './lastDayOfMonth';

/**
 * The periods of a year for a frequency, in calendar order. Keys are stable identifiers that
 * storage and reminders use: 2025-06 (month), 2025-Q2, 2025-T2, 2025-H1, 2025 (year),
 * 2025-DELAR (interim closing) and 2025-BOKSLUT (annual closing).
 *
 * Closing periods: the interim period runs from 1 January to `closingDates.interim`. When a plan
 * gives no interim date, 31 August is used, the usual cut-off of a Swedish municipality's
 * delårsrapport (the seeds never state one). The annual period ends on 31 December because a
 * municipality's financial year is the calendar year; it starts the day after the interim date when
 * the control is due at both closings, so the two periods do not overlap, and on 1 January otherwise.
 */
export function periodsOf(
  frequency: Frequency,
  year: number,
  closingDates: Plan['closingDates'] = {},
): Period[] {
  switch (frequency.kind) {
    case 'monthly':
      return monthsOf(year, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    case 'months':
      return monthsOf(year, frequency.months);
    case 'quarterly':
      return blocksOf(year, 3, 'Q');
    case 'tertial':
      return blocksOf(year, 4, 'T');
    case 'semiannual':
      return blocksOf(year, 6, 'H');
    case 'annual':
      return [{ key: String(year), start: isoDate(year, 1, 1), end: isoDate(year, 12, 31) }];
    case 'closing':
      return closingPeriodsOf(year, frequency.occasions, closingDates.interim);
  }
}

/** Each listed month is a period of its own; duplicates are dropped and months sorted. */
function monthsOf(year: number, months: number[]): Period[] {
  for (const month of months) {
    if (!Number.isInteger(month) || month < 1 || month > 12) {
      throw new RangeError(`Frequency months must be whole numbers 1–12 (e.g. [6, 12]); got ${month}.`);
    }
  }
  return [...new Set(months)]
    .sort((a, b) => a - b)
    .map((month) => ({
      key: `${year}-${String(month).padStart(2, '0')}`,
      start: isoDate(year, month, 1),
      end: lastDayOfMonth(year, month),
    }));
}

/** Equal blocks of `length` months: quarters (3, Q), tertials (4, T), halves (6, H). */
function blocksOf(year: number, length: number, letter: string): Period[] {
  const periods: Period[] = [];
  for (let index = 0; index < 12 / length; index += 1) {
    const firstMonth = index * length + 1;
    periods.push({
      key: `${year}-${letter}${index + 1}`,
      start: isoDate(year, firstMonth, 1),
      end: lastDayOfMonth(year, firstMonth + length - 1),
    });
  }
  return periods;
}

const DEFAULT_INTERIM_MONTH = 8;
const DEFAULT_INTERIM_DAY = 31;

function closingPeriodsOf(
  year: number,
  occasions: Array<'interim' | 'annual'>,
  interimDate: IsoDate | undefined,
): Period[] {
  const yearStart = isoDate(year, 1, 1);
  const yearEnd = isoDate(year, 12, 31);
  const interimEnd = interimDate ?? isoDate(year, DEFAULT_INTERIM_MONTH, DEFAULT_INTERIM_DAY);
  const wantsInterim = occasions.includes('interim');
  const wantsAnnual = occasions.includes('annual');
  if (wantsInterim) {
    const day = toDayNumber(interimEnd);
    // The interim must leave room for an annual period after it, hence strictly before 31 December.
    if (day < toDayNumber(yearStart) || day >= toDayNumber(yearEnd)) {
      throw new RangeError(
        `The interim closing date ${interimEnd} must fall in ${year} before 31 December; correct closingDates.interim in the plan.`,
      );
    }
  }
  const periods: Period[] = [];
  if (wantsInterim) periods.push({ key: `${year}-DELAR`, start: yearStart, end: interimEnd });
  if (wantsAnnual) {
    const start = wantsInterim ? addDays(interimEnd, 1) : yearStart;
    periods.push({ key: `${year}-BOKSLUT`, start, end: yearEnd });
  }
  return periods;
}
