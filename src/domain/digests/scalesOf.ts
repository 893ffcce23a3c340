import type { Plan, ResultScaleId } from '../plan/types';

/** The result scales a plan's controls use, in the order the plan first uses them. */
export function scalesOf(plan: Plan): ResultScaleId[] {
  const scales: ResultScaleId[] = [];
  for (const area of plan.riskAreas) {
    for (const control of area.controls) {
      if (!scales.includes(control.resultScale)) scales.push(control.resultScale);
    }
  }
  return scales;
}
