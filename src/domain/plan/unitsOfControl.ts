import type { ControlPoint, Plan, Unit } from './types';

/**
 * The units a control is performed for, in the control's order. Empty unitIds means the whole
 * organisation, i.e. the root units (those without a parent).
 * Throws on an unknown unit id: plan import validates references, so this is a bug to fix there.
 */
export function unitsOfControl(
  plan: Pick<Plan, 'units'>,
  control: Pick<ControlPoint, 'id' | 'unitIds'>,
): Unit[] {
  if (control.unitIds.length === 0) return plan.units.filter((unit) => unit.parentId === undefined);
  return control.unitIds.map((unitId) => {
    const unit = plan.units.find((candidate) => candidate.id === unitId);
    if (!unit) {
      throw new Error(
        `Control ${control.id} names unit "${unitId}", which is not in the plan's units; add the unit or correct the control.`,
      );
    }
    return unit;
  });
}
