import { performerRolesOf } from '../domain/plan/performerRolesOf';
import { controlIndex } from '../domain/plan/controlIndex';
import { resolveAssignment } from '../domain/plan/resolveAssignment';
import type { Occasion, Person, Plan } from '../domain/plan/types';

/** What a person is for one occasion; only 'none' may not submit. */
export type OccasionRole = 'performer' | 'substitute' | 'responsible' | 'none';

export interface OccasionParticipants {
  performer?: Person;
  substitute?: Person;
  responsible?: Person;
  /** Every performer role's person and substitute (one entry for a control with one role). */
  performers: Array<{ roleId: string; person: Person; substitute?: Person }>;
}

/**
 * Who performs, substitutes for and is responsible for an occasion: the control's performer role
 * and responsible role resolved for the occasion's unit (assignments are inherited down the tree).
 */
export function occasionParticipants(
  plan: Plan,
  occasion: Pick<Occasion, 'controlId' | 'unitId'>,
): OccasionParticipants {
  const control = controlIndex(plan).get(occasion.controlId)?.control;
  if (!control) return { performers: [] };
  const performers = performerRolesOf(control).flatMap((roleId) => {
    const resolved = resolveAssignment(plan, roleId, occasion.unitId);
    return resolved
      ? [
          {
            roleId,
            person: resolved.person,
            ...(resolved.substitute ? { substitute: resolved.substitute } : {}),
          },
        ]
      : [];
  });
  const performing = control.performerRoleId
    ? resolveAssignment(plan, control.performerRoleId, occasion.unitId)
    : null;
  const responsible = control.responsibleRoleId
    ? resolveAssignment(plan, control.responsibleRoleId, occasion.unitId)
    : null;
  return {
    ...(performing ? { performer: performing.person } : {}),
    ...(performing?.substitute ? { substitute: performing.substitute } : {}),
    ...(responsible ? { responsible: responsible.person } : {}),
    performers,
  };
}

/**
 * The role of the person with this Entra ID object id for the occasion. Persons are matched by
 * Person.aadObjectId only (names and e-mail can be shared or change). Performer wins over
 * substitute, substitute over responsible, when one person holds several.
 */
export function authorizeOccasion(
  plan: Plan,
  occasion: Pick<Occasion, 'controlId' | 'unitId'>,
  aadObjectId: string | undefined,
): OccasionRole {
  if (!aadObjectId) return 'none';
  const participants = occasionParticipants(plan, occasion);
  const wanted = aadObjectId.toLowerCase();
  const is = (person: Person | undefined) => person?.aadObjectId?.toLowerCase() === wanted;
  if (is(participants.performer) || participants.performers.some((p) => is(p.person))) return 'performer';
  if (is(participants.substitute) || participants.performers.some((p) => is(p.substitute)))
    return 'substitute';
  if (is(participants.responsible)) return 'responsible';
  return 'none';
}

/**
 * The performer roles this person answers for: those where they are the person, or the substitute
 * (the substitute answers for the role, per role). Empty for the responsible and everyone else.
 */
export function performerRolesFor(
  plan: Plan,
  occasion: Pick<Occasion, 'controlId' | 'unitId'>,
  aadObjectId: string | undefined,
): string[] {
  if (!aadObjectId) return [];
  const wanted = aadObjectId.toLowerCase();
  const is = (person: Person | undefined) => person?.aadObjectId?.toLowerCase() === wanted;
  const { performers } = occasionParticipants(plan, occasion);
  const own = performers.filter((p) => is(p.person)).map((p) => p.roleId);
  return own.length > 0 ? own : performers.filter((p) => is(p.substitute)).map((p) => p.roleId);
}

/** The Entra ID object ids of everyone who may act on the occasion (for card refresh). */
export function participantAadObjectIds(participants: OccasionParticipants): string[] {
  const ids = [
    participants.performer,
    participants.substitute,
    ...participants.performers.flatMap((p) => [p.person, p.substitute]),
    participants.responsible,
  ]
    .map((person) => person?.aadObjectId)
    .filter((id): id is string => Boolean(id));
  return [...new Set(ids)];
}
