import { resolveAssignment } from '../plan/resolveAssignment';
import type { Person, Plan } from '../plan/types';

/**
 * Who an overdue occasion escalates to: the responsible manager for the unit, unless that is the
 * performer themselves; then the holder of the same role one level up the unit tree (the next
 * manager above), and so on. Undefined when no one else holds the role on the way to the root.
 */
export function escalationManager(
  plan: Pick<Plan, 'units' | 'people' | 'assignments'>,
  responsibleRoleId: string,
  unitId: string,
  performer: Person | undefined,
): Person | undefined {
  const parentOf = new Map(plan.units.map((unit) => [unit.id, unit.parentId]));
  let from: string | undefined = unitId;
  const seen = new Set<string>();
  while (from !== undefined && !seen.has(from)) {
    seen.add(from);
    const found = resolveAssignment(plan, responsibleRoleId, from);
    if (!found) return undefined;
    if (!performer || found.person.id !== performer.id) return found.person;
    from = parentOf.get(found.fromUnitId);
  }
  return undefined;
}
