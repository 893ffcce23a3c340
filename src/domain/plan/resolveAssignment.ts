import type { Person, Plan } from './types';

export interface ResolvedAssignment {
  person: Person;
  /** The ersättare, when the assignment names one. */
  substitute?: Person;
  /** The unit whose assignment applied: the unit asked about or the nearest ancestor. */
  fromUnitId: string;
}

/**
 * Who holds a role for a unit. An assignment on a parent unit applies to its children unless a
 * child has its own, so the search walks up Unit.parentId to the root. Null when no unit on the
 * way has the role assigned (the caller then reports an unstaffed role instead of guessing).
 */
export function resolveAssignment(
  plan: Pick<Plan, 'units' | 'people' | 'assignments'>,
  roleId: string,
  unitId: string,
): ResolvedAssignment | null {
  const visited = new Set<string>();
  for (let current: string | undefined = unitId; current !== undefined;) {
    // A parent cycle would otherwise loop for ever; import validation should have refused it.
    if (visited.has(current))
      throw new Error(`Units form a cycle through "${current}"; correct parentId in the plan.`);
    visited.add(current);
    const unitHere: string = current;
    const assignment = plan.assignments.find((a) => a.roleId === roleId && a.unitId === unitHere);
    if (assignment) {
      const substitute =
        assignment.substituteId === undefined ? undefined : personById(plan, assignment.substituteId);
      return {
        person: personById(plan, assignment.personId),
        ...(substitute ? { substitute } : {}),
        fromUnitId: unitHere,
      };
    }
    current = plan.units.find((unit) => unit.id === unitHere)?.parentId;
  }
  return null;
}

function personById(plan: Pick<Plan, 'people'>, personId: string): Person {
  const person = plan.people.find((candidate) => candidate.id === personId);
  if (!person)
    throw new Error(
      `An assignment names person "${personId}", who is not in the plan's people; add the person or correct the assignment.`,
    );
  return person;
}
