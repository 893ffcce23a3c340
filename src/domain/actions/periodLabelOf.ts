import type { IsoDate, Locale } from '../plan/types';

/**
 * The follow-up period a date falls in, as the seeds label comments: "Tertial 2 2024" (004's
 * checkpoints follow tertials) or "Kvartal 4 2024" when asked for quarters.
 */
export function periodLabelOf(date: IsoDate, kind: 'tertial' | 'quarter', locale: Locale = 'sv'): string {
  const year = date.slice(0, 4);
  const month = Number(date.slice(5, 7));
  if (kind === 'tertial') {
    const n = Math.ceil(month / 4);
    return `${locale === 'sv' ? 'Tertial' : 'Tertial'} ${n} ${year}`;
  }
  const n = Math.ceil(month / 3);
  return `${locale === 'sv' ? 'Kvartal' : 'Quarter'} ${n} ${year}`;
}
