import { isIsoDate } from '../../domain/results/isIsoDate';
import { addDays } from '../../domain/schedule/addDays';

/**
 * How far ahead an absence or a pause may reach: a year. Longer would silence someone's reminders
 * for good (9999-12-31); a longer leave is set again when the year is up.
 */
export const MAX_DAYS_AHEAD = 365;

/** An end date typed in a command: a real YYYY-MM-DD date, from today up to a year ahead. */
export function parseCommandDate(
  text: string,
  today: string,
): { date: string } | { problem: 'bad' | 'past' } | { problem: 'far'; latest: string } {
  if (!isIsoDate(text)) return { problem: 'bad' };
  if (text < today) return { problem: 'past' };
  const latest = addDays(today, MAX_DAYS_AHEAD);
  if (text > latest) return { problem: 'far', latest };
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
  texts: {
    badDate(text: string): string;
    pastDate(text: string): string;
    farDate(date: string, latest: string): string;
  },
): Promise<string | undefined> {
  const parsed = parseCommandDate(text, today);
  if ('date' in parsed) return parsed.date;
  const reply =
    parsed.problem === 'far'
      ? texts.farDate(text, parsed.latest)
      : parsed.problem === 'bad'
        ? texts.badDate(text)
        : texts.pastDate(text);
  await context.sendActivity(reply);
  return undefined;
}
