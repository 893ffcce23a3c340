import { resolveAssignment } from '../plan/resolveAssignment';
import type { ActionOwnerRef, Person, Plan } from '../plan/types';
import type { ActionPerson } from './types';

const fromPerson = (person: Person, roleId?: string): ActionPerson => ({
  personId: person.id,
  name: person.name,
  ...(person.aadObjectId !== undefined && { aadObjectId: person.aadObjectId }),
  ...(roleId !== undefined && { roleId }),
});

/**
 * The person behind an owner reference for one unit: the named person, or whoever holds the role
 * for the unit (or the nearest unit above it). Null when nobody does; plan import refuses unknown
 * people and roles, so null means an unstaffed role.
 */
export function resolveActionPerson(
  plan: Pick<Plan, 'units' | 'people' | 'assignments'>,
  ref: ActionOwnerRef,
  unitId: string,
): ActionPerson | null {
  if ('personId' in ref) {
    const person = plan.people.find((candidate) => candidate.id === ref.personId);
    return person ? fromPerson(person) : null;
  }
  const assignment = resolveAssignment(plan, ref.roleId, unitId);
  return assignment ? fromPerson(assignment.person, ref.roleId) : null;
}

/**
 * The owner a result's proposed action names ("who", free text): a person of the plan by id,
 * name or e-mail, else the text as written (shown, but nobody to remind until a manager reassigns).
 */
export function personNamed(plan: Pick<Plan, 'people'>, who: string): ActionPerson {
  const wanted = who.trim().toLowerCase();
  const person = plan.people.find(
    (candidate) =>
      candidate.id.toLowerCase() === wanted ||
      candidate.name.toLowerCase() === wanted ||
      candidate.email?.toLowerCase() === wanted,
  );
  return person ? fromPerson(person) : { name: who.trim() };
}
