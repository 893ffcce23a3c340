import type { Action } from '../../domain/actions/types';
import type { Plan } from '../../domain/plan/types';
import { managesReminderUnit } from '../managesReminderUnit';

/** What a person may do with an action: the owner reports, managers and administrators also reassign and move dates. */
export type ActionRole = 'owner' | 'manager' | 'admin' | 'viewer' | 'none';

/**
 * The owner (by Entra object id) sets status and comments; the reporting owner and anyone holding
 * a responsible role for the unit (or a unit above it) is a manager; configured administrators
 * may do what managers do. Everyone else may not see the action's card.
 */
export function actionRoleOf(
  plan: Plan,
  action: Action,
  aadObjectId: string,
  admins: readonly string[],
): ActionRole {
  if (!aadObjectId) return 'none';
  if (action.owner.aadObjectId === aadObjectId) return 'owner';
  if (action.reportingOwner?.aadObjectId === aadObjectId) return 'manager';
  if (managesReminderUnit(plan, aadObjectId, action.unitId)) return 'manager';
  if (admins.includes(aadObjectId)) return 'admin';
  return 'none';
}

/** Who should see a card's refresh: owner, reporting owner and the unit's responsible managers. */
export function actionAudience(plan: Plan, action: Action): string[] {
  const ids = new Set<string>();
  if (action.owner.aadObjectId) ids.add(action.owner.aadObjectId);
  if (action.reportingOwner?.aadObjectId) ids.add(action.reportingOwner.aadObjectId);
  for (const person of plan.people)
    if (person.aadObjectId && managesReminderUnit(plan, person.aadObjectId, action.unitId))
      ids.add(person.aadObjectId);
  return [...ids];
}
