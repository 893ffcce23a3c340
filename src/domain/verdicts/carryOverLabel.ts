import type { Locale, RiskArea } from '../plan/types';

/**
 * How the plan marks an area: "kvarstår från 2024" when carried over from an earlier year, else
 * "ny 2025" (the seeds' wording, Vaggeryd 2025).
 */
export function carryOverLabel(
  area: Pick<RiskArea, 'carriedOverFrom' | 'newInYear'>,
  year: number,
  locale: Locale,
): string {
  if (area.carriedOverFrom !== undefined) {
    return locale === 'sv' ? `kvarstår från ${area.carriedOverFrom}` : `remains from ${area.carriedOverFrom}`;
  }
  const since = area.newInYear ?? year;
  return locale === 'sv' ? `ny ${since}` : `new ${since}`;
}
