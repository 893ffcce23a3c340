import { isIsoDate } from '../../domain/results/isIsoDate';

/** An end date typed in a command: a real YYYY-MM-DD date, not before today. */
export function parseCommandDate(
  text: string,
  today: string,
): { date: string } | { problem: 'bad' | 'past' } {
  if (!isIsoDate(text)) return { problem: 'bad' };
  if (text < today) return { problem: 'past' };
  return { date: text };
}
