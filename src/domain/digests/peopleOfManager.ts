import { resolveAssignment } from '../plan/resolveAssignment';
import type { Person, Plan } from '../plan/types';
import type { ResponsibleManager } from './responsibleManagers';

/** Performers and their substitutes for the control × unit pairs a manager is responsible for. */
export function peopleOfManager(plan: Plan, manager: ResponsibleManager): Person[] {
  const people = new Map<string, Person>();
  for (const area of plan.riskAreas) {
    for (const control of area.controls) {
      if (!control.performerRoleId) continue;
      for (const unitId of manager.unitIds) {
        if (!manager.pairs.has(`${control.id}|${unitId}`)) continue;
        const assigned = resolveAssignment(plan, control.performerRoleId, unitId);
        for (const person of [assigned?.person, assigned?.substitute]) {
          if (person && person.id !== manager.person.id) people.set(person.id, person);
        }
      }
    }
  }
  return [...people.values()];
}
