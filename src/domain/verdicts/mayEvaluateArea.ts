import type { Plan } from '../plan/types';
import { resolveAssignment } from '../plan/resolveAssignment';
import { unitsOfControl } from '../plan/unitsOfControl';

/**
 * Whether a person (by Entra ID object id) is a responsible manager (ansvarig) of the area: holds the
 * responsible role of one of its controls for one of the control's units. Administrators may write
 * every area's verdict; that check is the caller's.
 */
export function mayEvaluateArea(plan: Plan, riskAreaId: string, aadObjectId: string): boolean {
  const area = plan.riskAreas.find((a) => a.id === riskAreaId);
  if (!area) return false;
  const wanted = aadObjectId.toLowerCase();
  return area.controls.some(
    (control) =>
      control.responsibleRoleId !== undefined &&
      unitsOfControl(plan, control).some((unit) => {
        const person = resolveAssignment(plan, control.responsibleRoleId!, unit.id)?.person;
        return person?.aadObjectId?.toLowerCase() === wanted;
      }),
  );
}
