import type { Occasion, Plan } from '../plan/types';
import { unitsOfControl } from '../plan/unitsOfControl';
import { scheduleOf } from './scheduleOf';

/**
 * Every occasion of a plan's year: control × unit × period, with its due date.
 * Order is stable and follows the plan: risk areas and controls as written, then periods in
 * calendar order, then units as the control lists them, so one control's units for one period
 * sit together (a reminder pass and a digest read them that way).
 */
export function occasionsOf(plan: Plan): Occasion[] {
  const occasions: Occasion[] = [];
  for (const area of plan.riskAreas) {
    for (const control of area.controls) {
      const units = unitsOfControl(plan, control);
      // Periods and due dates depend on the control only, so compute them once for all its units.
      for (const { period, dueDate } of scheduleOf(plan, control)) {
        for (const unit of units) {
          occasions.push({ planId: plan.id, controlId: control.id, unitId: unit.id, period, dueDate });
        }
      }
    }
  }
  return occasions;
}
