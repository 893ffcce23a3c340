import type { Locale } from '../domain/plan/types';

/** U+00A0 no-break space: between a number and its unit or % sign, so the two never wrap apart. */
const NO_BREAK = '\u00a0';
/** U+202F narrow no-break space: the Swedish thousands separator (12 345), which never wraps. */
const NARROW_NO_BREAK = '\u202f';

const formats = new Map<string, Intl.NumberFormat>();

function formatter(locale: Locale, maxFractionDigits: number): Intl.NumberFormat {
  const key = `${locale}|${maxFractionDigits}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale === 'sv' ? 'sv-SE' : 'en-GB', {
      maximumFractionDigits: maxFractionDigits,
    });
    formats.set(key, format);
  }
  return format;
}

/**
 * A number as the reader writes it: 12 345,5 in Swedish (decimal comma, narrow no-break space between
 * thousands), 12,345.5 in English. The one formatter for every number a person reads.
 */
export function formatNumber(value: number, locale: Locale, maxFractionDigits = 2): string {
  const text = formatter(locale, maxFractionDigits).format(value);
  // Intl's Swedish grouping is U+00A0 (and a minus sign U+2212); the thousands get the narrow space.
  return locale === 'sv' ? text.replace(/(\d)\u00a0(?=\d)/g, `$1${NARROW_NO_BREAK}`) : text;
}

/** A count: a whole number with thousands separated as the reader's language does. */
export function formatCount(value: number, locale: Locale): string {
  return formatNumber(Math.round(value), locale, 0);
}

/** A percentage (0–100): "82 %" in Swedish (no-break space before %), "82%" in English. */
export function formatPercent(percent: number, locale: Locale, maxFractionDigits = 0): string {
  const number = formatNumber(percent, locale, maxFractionDigits);
  return locale === 'sv' ? `${number}${NO_BREAK}%` : `${number}%`;
}

/** "3,6 av 5" / "3.6 of 5". */
export function formatOutOf(value: number, total: number, locale: Locale, maxFractionDigits = 1): string {
  const of = locale === 'sv' ? 'av' : 'of';
  return `${formatNumber(value, locale, maxFractionDigits)} ${of} ${formatNumber(total, locale, maxFractionDigits)}`;
}

/** "+3" / "−2" / "0": signed, so a reader sees the direction at once. */
export function formatSigned(value: number, locale: Locale): string {
  const number = formatNumber(Math.abs(value), locale);
  return value > 0 ? `+${number}` : value < 0 ? `−${number}` : '0';
}
