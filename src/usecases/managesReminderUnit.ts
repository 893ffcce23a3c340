import type { Plan } from '../domain/plan/types';

/**
 * True when the person holds a role that some control names as responsible (a manager's role) for
 * the unit or a unit above it: such a person may pause the unit's reminders or mark its people away.
 */
export function managesReminderUnit(plan: Plan, aadObjectId: string, unitId: string): boolean {
  const person = plan.people.find((candidate) => candidate.aadObjectId === aadObjectId);
  if (!person) return false;
  const managerRoles = new Set(
    plan.riskAreas.flatMap((area) => area.controls.map((control) => control.responsibleRoleId ?? '')),
  );
  const above = new Set<string>();
  for (let current: string | undefined = unitId; current !== undefined && !above.has(current);) {
    above.add(current);
    const here: string = current;
    current = plan.units.find((unit) => unit.id === here)?.parentId;
  }
  return plan.assignments.some(
    (a) => a.personId === person.id && managerRoles.has(a.roleId) && above.has(a.unitId),
  );
}
