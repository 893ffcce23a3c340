import type { Plan } from '../domain/plan/types';
import { checkPlan } from '../planFiles/checkPlan';

/** The warnings of a stored plan (e.g. a unit with nobody in the performer role), in both languages. */
export function planWarnings(plan: Plan): Array<{ sv: string; en: string }> {
  return checkPlan(plan).warnings.map(({ sv, en }) => ({ sv, en }));
}
