import type { Locale } from '../domain/plan/types';

/** A number as the user writes it: 2,5 in Swedish, 2.5 in English; no thousands grouping surprises. */
export function formatNumber(value: number, locale: Locale): string {
  return new Intl.NumberFormat(locale === 'sv' ? 'sv-SE' : 'en-GB', { maximumFractionDigits: 2 }).format(
    value,
  );
}
