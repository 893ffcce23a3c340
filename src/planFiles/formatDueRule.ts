import type { DueRule } from '../domain/plan/types';

/** The due rule as written in YAML/JSON, e.g. "10 working days after period". */
export function formatDueRule(rule: DueRule): string {
  switch (rule.kind) {
    case 'workingDaysAfterPeriodEnd':
      return `${rule.days} working ${rule.days === 1 ? 'day' : 'days'} after period`;
    case 'dayOfMonthAfterPeriodEnd':
      return `day ${rule.day} of next month`;
    case 'periodEnd':
      return 'end of period';
  }
}

/** The due rule as shown in an Excel cell, e.g. "10 arbetsdagar efter perioden". */
export function formatDueRuleSwedish(rule: DueRule): string {
  switch (rule.kind) {
    case 'workingDaysAfterPeriodEnd':
      return `${rule.days} ${rule.days === 1 ? 'arbetsdag' : 'arbetsdagar'} efter perioden`;
    case 'dayOfMonthAfterPeriodEnd':
      return `dag ${rule.day} i nästa månad`;
    case 'periodEnd':
      return 'periodens slut';
  }
}
