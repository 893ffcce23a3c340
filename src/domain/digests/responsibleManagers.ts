import type { Person, Plan } from '../plan/types';
import { resolveAssignment } from '../plan/resolveAssignment';
import { unitsOfControl } from '../plan/unitsOfControl';

/** A manager (ansvarig) and the control × unit pairs they are responsible for. */
export interface ResponsibleManager {
  person: Person;
  unitIds: string[];
  /** `${controlId}|${unitId}` of every pair. */
  pairs: Set<string>;
}

export const pairKey = (controlId: string, unitId: string): string => `${controlId}|${unitId}`;

/** Everyone who is ansvarig for at least one control of a unit, from the plan's assignments. */
export function responsibleManagers(plan: Plan): ResponsibleManager[] {
  const byPerson = new Map<string, ResponsibleManager>();
  for (const area of plan.riskAreas) {
    for (const control of area.controls) {
      if (!control.responsibleRoleId) continue;
      for (const unit of unitsOfControl(plan, control)) {
        const person = resolveAssignment(plan, control.responsibleRoleId, unit.id)?.person;
        if (!person) continue;
        let manager = byPerson.get(person.id);
        if (!manager) byPerson.set(person.id, (manager = { person, unitIds: [], pairs: new Set() }));
        if (!manager.unitIds.includes(unit.id)) manager.unitIds.push(unit.id);
        manager.pairs.add(pairKey(control.id, unit.id));
      }
    }
  }
  return [...byPerson.values()];
}
