import type { ControlPoint, Plan, RiskArea } from './types';

export interface IndexedControl {
  control: ControlPoint;
  riskArea: RiskArea;
}

/**
 * Controls by id with their risk area, for the many lookups a reminder pass or result submission
 * makes. Built fresh per call: the plan may change between calls, and the build is linear.
 * Throws on a duplicate control id, since results are stored by it and would become ambiguous.
 */
export function controlIndex(plan: Pick<Plan, 'id' | 'riskAreas'>): ReadonlyMap<string, IndexedControl> {
  const index = new Map<string, IndexedControl>();
  for (const riskArea of plan.riskAreas) {
    for (const control of riskArea.controls) {
      if (index.has(control.id)) {
        throw new Error(
          `Plan ${plan.id} has two controls with id "${control.id}"; give each control its own id.`,
        );
      }
      index.set(control.id, { control, riskArea });
    }
  }
  return index;
}
