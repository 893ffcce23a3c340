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

/**
 * The end date of a command (match group `text`), or undefined after telling the person what is
 * wrong with it in their language — the shared first step of `frånvarande` and `pausa`.
 */
export async function commandDateOrReply(
  context: { sendActivity(text: string): Promise<unknown> },
  text: string,
  today: string,
  texts: { badDate(text: string): string; pastDate(text: string): string },
): Promise<string | undefined> {
  const parsed = parseCommandDate(text, today);
  if ('date' in parsed) return parsed.date;
  await context.sendActivity(parsed.problem === 'bad' ? texts.badDate(text) : texts.pastDate(text));
  return undefined;
}
