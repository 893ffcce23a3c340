import type { Locale, Period } from '../domain/plan/types';

const MONTHS: Readonly<Record<Locale, readonly string[]>> = {
  sv: [
    'januari',
    'februari',
    'mars',
    'april',
    'maj',
    'juni',
    'juli',
    'augusti',
    'september',
    'oktober',
    'november',
    'december',
  ],
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
};

const NAMED: Readonly<Record<Locale, Readonly<Record<string, string>>>> = {
  sv: {
    Q: 'Kvartal {n} {year}',
    T: 'Tertial {n} {year}',
    H: 'Halvår {n} {year}',
    DELAR: 'Delårsbokslut {year}',
    BOKSLUT: 'Årsbokslut {year}',
  },
  en: {
    Q: 'Quarter {n} {year}',
    T: 'Four-month period {n} {year}',
    H: 'Half-year {n} {year}',
    DELAR: 'Interim closing {year}',
    BOKSLUT: 'Annual closing {year}',
  },
};

/** A month's name, e.g. "juni" or "June", from its number 1–12. */
export function monthName(month: number, locale: Locale): string {
  return MONTHS[locale][month - 1] ?? String(month);
}

/**
 * A period key as people say it: 2025-06 → "juni 2025", 2025-Q2 → "Kvartal 2 2025",
 * 2025-T2, 2025-H1, 2025, 2025-DELAR and 2025-BOKSLUT likewise (keys of periodsOf). Unknown keys are shown as they are.
 */
export function formatPeriod(period: Pick<Period, 'key'>, locale: Locale): string {
  const key = period.key;
  const month = /^(\d{4})-(\d{2})$/.exec(key);
  if (month) return `${monthName(Number(month[2]), locale)} ${month[1]}`;
  const numbered = /^(\d{4})-([QTH])(\d)$/.exec(key);
  if (numbered) return fillPeriod(NAMED[locale][numbered[2]], numbered[1], numbered[3]);
  const closing = /^(\d{4})-(DELAR|BOKSLUT)$/.exec(key);
  if (closing) return fillPeriod(NAMED[locale][closing[2]], closing[1], '');
  return key;
}

function fillPeriod(pattern: string | undefined, year: string, n: string): string {
  return (pattern ?? '{year}').replace('{year}', year).replace('{n}', n);
}
