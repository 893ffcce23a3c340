import type { ControlPoint, Plan } from '../plan/types';
import { resolveAssignment } from '../plan/resolveAssignment';

/** Names for ids, looked up once per digest rather than by scanning the plan for every row. */
export interface PlanLookup {
  controlOf(controlId: string): ControlPoint | undefined;
  riskAreaTitle(riskAreaId: string): string;
  unitName(unitId: string): string;
  controlTitle(controlId: string): string;
  /** The person performing the control for the unit (assignment inherited up the unit tree). */
  performerName(controlId: string, unitId: string): string | null;
}

export function planLookup(plan: Plan): PlanLookup {
  const controls = new Map(plan.riskAreas.flatMap((area) => area.controls.map((c) => [c.id, c] as const)));
  const areas = new Map(plan.riskAreas.map((area) => [area.id, area.title]));
  const units = new Map(plan.units.map((unit) => [unit.id, unit.name]));
  return {
    controlOf: (id) => controls.get(id),
    riskAreaTitle: (id) => areas.get(id) ?? id,
    unitName: (id) => units.get(id) ?? id,
    controlTitle: (id) => controls.get(id)?.title ?? id,
    performerName: (controlId, unitId) => {
      const role = controls.get(controlId)?.performerRoleId;
      return role ? (resolveAssignment(plan, role, unitId)?.person.name ?? null) : null;
    },
  };
}
