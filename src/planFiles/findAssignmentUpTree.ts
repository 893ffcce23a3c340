import type { Assignment, Plan } from '../domain/plan/types';

/**
 * The assignment of a role that applies to a unit: the unit's own, else the nearest ancestor's.
 * Kept private to plan files (the domain's resolveAssignment is the one the bot uses); a parent
 * cycle stops the walk instead of looping.
 */
export function findAssignmentUpTree(plan: Plan, roleId: string, unitId: string): Assignment | undefined {
  const parentOf = new Map(plan.units.map((unit) => [unit.id, unit.parentId]));
  const seen = new Set<string>();
  for (let current: string | undefined = unitId; current !== undefined && !seen.has(current);) {
    seen.add(current);
    const own = plan.assignments.find((a) => a.roleId === roleId && a.unitId === current);
    if (own) return own;
    current = parentOf.get(current);
  }
  return undefined;
}
