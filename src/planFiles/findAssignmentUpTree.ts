import type { Assignment, Plan } from '../domain/plan/types';

/**
 * The assignment of a role that applies to a unit: the unit's own, else the nearest ancestor's.
 * Kept private to plan files (the domain's resolveAssignment is the one the bot uses); a parent
 * cycle stops the walk instead of looping.
 */
export function findAssignmentUpTree(plan: Plan, roleId: string, unitId: string): Assignment | undefined {
  return assignmentsUpTree(plan)(roleId, unitId);
}

/**
 * findAssignmentUpTree for many lookups in one plan (checking every control × unit): the units'
 * parents and the assignments by role and unit are indexed once, not once per lookup.
 */
export function assignmentsUpTree(plan: Plan): (roleId: string, unitId: string) => Assignment | undefined {
  const parentOf = new Map(plan.units.map((unit) => [unit.id, unit.parentId]));
  const assigned = new Map<string, Assignment>();
  for (const assignment of plan.assignments) {
    const key = `${assignment.roleId}\n${assignment.unitId}`;
    // The first one listed, as a search from the start of the list would find.
    if (!assigned.has(key)) assigned.set(key, assignment);
  }
  return (roleId, unitId) => {
    const seen = new Set<string>();
    for (let current: string | undefined = unitId; current !== undefined && !seen.has(current);) {
      seen.add(current);
      const own = assigned.get(`${roleId}\n${current}`);
      if (own) return own;
      current = parentOf.get(current);
    }
    return undefined;
  };
}
