import type { DueRule } from '../domain/plan/types';
import type { Parsed } from './parseFrequency';

const patterns: Array<{ pattern: RegExp; make: (n: number) => DueRule }> = [
  {
    pattern: /^(\d+) (?:working days?|workdays?) after (?:the )?period(?: end)?$/,
    make: (days) => ({ kind: 'workingDaysAfterPeriodEnd', days }),
  },
  {
    pattern: /^(\d+) arbetsdag(?:ar)? efter periode(?:n|ns slut)$/,
    make: (days) => ({ kind: 'workingDaysAfterPeriodEnd', days }),
  },
  {
    pattern: /^day (\d+) of (?:the )?(?:next|following) month$/,
    make: (day) => ({ kind: 'dayOfMonthAfterPeriodEnd', day }),
  },
  {
    pattern: /^dag (\d+) (?:i|av) (?:nästa|följande) månad$/,
    make: (day) => ({ kind: 'dayOfMonthAfterPeriodEnd', day }),
  },
];

const endOfPeriod = new Set(['end of period', 'end of the period', 'periodens slut', 'vid periodens slut']);

/**
 * Reads the due rule: "10 working days after period", "day 5 of next month", "end of period"
 * (or in Swedish: "10 arbetsdagar efter perioden", "dag 5 i nästa månad", "periodens slut").
 */
export function parseDueRule(input: string): Parsed<DueRule> {
  const text = input.trim().toLowerCase().replace(/\s+/g, ' ');
  if (endOfPeriod.has(text)) return { value: { kind: 'periodEnd' } };
  for (const { pattern, make } of patterns) {
    const match = pattern.exec(text);
    if (!match) continue;
    const rule = make(Number(match[1]));
    if (rule.kind === 'workingDaysAfterPeriodEnd' && (rule.days < 1 || rule.days > 60)) {
      return { sv: 'Antal arbetsdagar ska vara 1–60.', en: 'The number of working days must be 1–60.' };
    }
    if (rule.kind === 'dayOfMonthAfterPeriodEnd' && (rule.day < 1 || rule.day > 28)) {
      return {
        sv: 'Dag i månaden ska vara 1–28 (så att den finns i alla månader).',
        en: 'The day of the month must be 1–28 (so that it exists in every month).',
      };
    }
    return { value: rule };
  }
  return {
    sv: 'Okänd förfalloregel. Skriv t.ex. "10 working days after period", "day 5 of next month" eller "end of period" (eller "10 arbetsdagar efter perioden", "dag 5 i nästa månad", "periodens slut").',
    en: 'Unknown due rule. Write e.g. "10 working days after period", "day 5 of next month" or "end of period".',
  };
}
