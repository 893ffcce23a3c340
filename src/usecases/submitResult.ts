import { controlIndex } from '../domain/plan/controlIndex';
import type { Locale, Plan } from '../domain/plan/types';
import type { Actor, OccasionRecord, StoredResult } from '../domain/ports/OccasionRepository';
import { resultToFields } from '../domain/results/resultToFields';
import type { ControlResult } from '../domain/results/types';
import { validateSubmission, type SubmissionValidation } from '../domain/results/validateSubmission';
import { localDateOf } from '../domain/schedule/localDateOf';
import { actionFromResult } from './actionFromResult';
import { authorizeOccasion, performerRolesFor, type OccasionRole } from './authorizeOccasion';
import { answersPerRole, performerRolesOf } from '../domain/plan/performerRolesOf';
import { canAmendResult } from './canAmendResult';
import { resultChanges, sameResult } from './resultChanges';
import { resultPeriodClosed } from './resultPeriodClosed';
import type { ResultPorts } from './ResultPorts';

export interface SubmitResultInput {
  occasionId: string;
  /** The result version the card was drawn from (its data.version): 0 for a first submission. */
  cardVersion: unknown;
  /** The card's input values, as Teams sends them. */
  fields: Record<string, unknown>;
  actor: Actor;
  locale: Locale;
  now: Date;
  timeZone: string;
}

/** What happened; every outcome but notFound carries the plan and the occasion as stored now. */
export type SubmitResultOutcome =
  | { kind: 'notFound' }
  | { kind: 'notAllowed'; plan: Plan; occasion: OccasionRecord; role: OccasionRole }
  | {
      kind: 'invalid';
      plan: Plan;
      occasion: OccasionRecord;
      errors: Record<string, string>;
      entered: Record<string, string>;
    }
  | { kind: 'saved'; plan: Plan; occasion: OccasionRecord; amended: boolean }
  /** An `answer: each` control: this role's answer is stored; the occasion waits for `missing` roles. */
  | { kind: 'partSaved'; plan: Plan; occasion: OccasionRecord; missing: string[] }
  /** The same person sent the same result again (double click, retried invoke): stored once. */
  | { kind: 'duplicate'; plan: Plan; occasion: OccasionRecord }
  /** Someone else's result was stored first; this one was not saved (it is kept in the audit log). */
  | { kind: 'conflict'; plan: Plan; occasion: OccasionRecord };

/**
 * Registers or amends the result of an occasion. The card's version is the optimistic lock: the
 * store accepts the result only if the occasion is still at that version (one atomic
 * findOneAndUpdate, no transaction). Card version 0 is a first registration; a higher version is an
 * amendment, allowed for the submitter and the responsible manager until the plan is closed.
 * Every stored version is appended to the audit log with what changed; a deviation with a proposed
 * action creates an action record.
 */
export async function submitResult(
  ports: ResultPorts,
  input: SubmitResultInput,
): Promise<SubmitResultOutcome> {
  const occasion = await ports.occasions.findById(input.occasionId);
  if (!occasion) return { kind: 'notFound' };
  const stored = await ports.plans.findById(occasion.planId);
  const control = stored ? controlIndex(stored.plan).get(occasion.controlId)?.control : undefined;
  if (!stored || !control) return { kind: 'notFound' };
  const plan = stored.plan;
  const today = localDateOf(input.now, input.timeZone);
  const role = authorizeOccasion(plan, occasion, input.actor.aadObjectId);
  if (role === 'none') return { kind: 'notAllowed', plan, occasion, role };

  const cardVersion = parseVersion(input.cardVersion);
  const validation = validateSubmission(input.fields, control, input.locale, today);
  if (occasion.version !== cardVersion) return lost(ports, input, plan, occasion, cardVersion, validation);
  if (resultPeriodClosed(plan, today) || occasion.retired)
    return { kind: 'notAllowed', plan, occasion, role };
  if (cardVersion > 0 && !canAmendResult(plan, occasion, role, input.actor.aadObjectId, today)) {
    return { kind: 'notAllowed', plan, occasion, role };
  }
  if (!validation.ok)
    return { kind: 'invalid', plan, occasion, errors: validation.errors, entered: validation.entered };

  if (ports.parts && cardVersion === 0 && answersPerRole(control)) {
    const roles = performerRolesFor(plan, occasion, input.actor.aadObjectId);
    // The responsible (no performer role) completes the occasion as a whole.
    if (roles.length > 0) {
      for (const roleId of roles)
        await ports.parts.savePart({
          occasionId: occasion.id,
          roleId,
          result: validation.value,
          by: input.actor,
          at: input.now,
        });
      await ports.audit.append({
        at: input.now,
        actor: input.actor,
        action: 'result.partSubmitted',
        subject: occasion.id,
        details: { planId: occasion.planId, roles, result: validation.value },
      });
      const answered = new Set((await ports.parts.partsOf([occasion.id])).map((part) => part.roleId));
      const missing = performerRolesOf(control).filter((roleId) => !answered.has(roleId));
      if (missing.length > 0) return { kind: 'partSaved', plan, occasion, missing };
    }
  }

  const previous = occasion.result;
  const result: StoredResult = {
    result: validation.value,
    version: cardVersion + 1,
    submittedBy: input.actor,
    submittedAt: input.now,
    firstSubmittedBy: previous?.firstSubmittedBy ?? input.actor,
    firstSubmittedAt: previous?.firstSubmittedAt ?? input.now,
  };
  const status = validation.value.kind === 'notApplicable' ? 'notApplicable' : 'answered';
  const saved = await ports.occasions.saveResult(occasion.id, cardVersion, status, result, input.now);
  if (!saved.saved) {
    if (!saved.current) return { kind: 'notFound' };
    return lost(ports, input, plan, saved.current, cardVersion, validation);
  }

  await recordVersion(ports, plan, saved.record, previous?.result, input.timeZone);
  return { kind: 'saved', plan, occasion: saved.record, amended: cardVersion > 0 };
}

/** The audit entry (who, when, what changed) and any action record for the stored version. */
async function recordVersion(
  ports: ResultPorts,
  plan: Plan,
  occasion: OccasionRecord,
  previous: ControlResult | undefined,
  timeZone: string,
): Promise<void> {
  const stored = occasion.result;
  if (!stored) return;
  await ports.audit.append(
    {
      at: stored.submittedAt,
      actor: stored.submittedBy,
      action: stored.version === 1 ? 'result.submitted' : 'result.amended',
      subject: occasion.id,
      details: {
        planId: occasion.planId,
        version: stored.version,
        status: occasion.status,
        result: stored.result,
        changes: resultChanges(previous, stored.result),
      },
    },
    `${occasion.id}#v${stored.version}#result`,
  );
  const action = actionFromResult(plan, occasion, stored, previous, timeZone);
  if (!action) return;
  const proposed = await ports.actions.propose(action);
  const entry = action.entries[0];
  await ports.audit.append(
    {
      at: entry.at,
      actor: stored.submittedBy,
      action: proposed.created ? 'action.created' : 'action.proposedAgain',
      subject: proposed.action.id,
      details: { planId: occasion.planId, occasionId: occasion.id, entryId: entry.id, text: action.text },
    },
    `${proposed.action.id}#${entry.id}`,
  );
}

/**
 * A repeat finds the version stored. If the first attempt failed after storing it (the database
 * refused the audit write, the process stopped), its audit entry is missing: write it now, so
 * every stored version is in the audit log. Only repeats pay for this lookup.
 */
async function repairRecord(
  ports: ResultPorts,
  plan: Plan,
  occasion: OccasionRecord,
  timeZone: string,
): Promise<void> {
  const version = occasion.result?.version;
  const entries = await ports.audit.forSubject(occasion.id);
  const recorded = entries.some(
    (entry) =>
      entry.action.startsWith('result.') &&
      entry.action !== 'result.conflict' &&
      entry.details.version === version,
  );
  if (recorded) return;
  const before = [...entries]
    .reverse()
    .find((entry) => entry.action !== 'result.conflict' && entry.details.version === (version ?? 0) - 1);
  await recordVersion(ports, plan, occasion, before?.details.result as ControlResult | undefined, timeZone);
}

/** A card version that is not a whole number can match no stored version, so it counts as stale. */
function parseVersion(raw: unknown): number {
  const version = typeof raw === 'string' && raw.trim() !== '' ? Number(raw) : raw;
  return typeof version === 'number' && Number.isInteger(version) && version >= 0 ? version : -1;
}

/**
 * The card was drawn from an older version. If the newer version is this very submission from
 * the same person, it is a repeat; otherwise someone else won, and this submission is recorded in
 * the audit log (so nothing entered is lost) but not stored as the result.
 */
async function lost(
  ports: ResultPorts,
  input: SubmitResultInput,
  plan: Plan,
  current: OccasionRecord,
  cardVersion: number,
  validation: SubmissionValidation,
): Promise<SubmitResultOutcome> {
  const repeat =
    validation.ok &&
    current.result !== undefined &&
    current.version === cardVersion + 1 &&
    current.result.submittedBy.aadObjectId === input.actor.aadObjectId &&
    sameResult(current.result.result, validation.value);
  if (repeat) {
    // The first attempt may have died after storing the result: its views and audit entry follow now.
    await ports.occasions.settleViews(current.id);
    await repairRecord(ports, plan, current, input.timeZone);
    return { kind: 'duplicate', plan, occasion: current };
  }
  await ports.audit.append({
    at: input.now,
    actor: input.actor,
    action: 'result.conflict',
    subject: current.id,
    details: {
      planId: current.planId,
      cardVersion,
      currentVersion: current.version,
      notSaved: validation.ok ? resultToFields(validation.value as ControlResult) : validation.entered,
    },
  });
  return { kind: 'conflict', plan, occasion: current };
}
