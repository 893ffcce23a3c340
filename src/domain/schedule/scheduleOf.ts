import type { ControlPoint, Plan } from '../plan/types';
import { datedPeriodsOf, type DatedPeriod } from './datedPeriodsOf';
import { dueDateOf } from './dueDateOf';
import { periodsOf } from './periodsOf';

/** A control's periods with their due dates: explicit dates when the control states them, else the frequency's periods with the due rule. */
export function scheduleOf(plan: Plan, control: ControlPoint): DatedPeriod[] {
  if (control.dates) return datedPeriodsOf(control.dates, plan.year);
  const rule = control.dueRule ?? { kind: 'periodEnd' as const };
  return periodsOf(control.frequency, plan.year, plan.closingDates).map((period) => ({
    period,
    dueDate: dueDateOf(period, rule),
  }));
}
