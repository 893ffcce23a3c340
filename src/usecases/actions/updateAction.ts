import type { ActionIssue } from '../../domain/actions/ActionIssue';
import { validateActionUpdate, type ActionUpdateInput } from '../../domain/actions/validateActionUpdate';
import type { Action, ActionEntry } from '../../domain/actions/types';
import type { Plan } from '../../domain/plan/types';
import type { ActionRepository } from '../../domain/ports/ActionRepository';
import type { AuditLog } from '../../domain/ports/AuditLog';
import type { PlanRepository } from '../../domain/ports/PlanRepository';
import { localDateOf } from '../../domain/schedule/localDateOf';
import { actionRoleOf, type ActionRole } from './actionRoleOf';

export interface ActionPorts {
  actions: ActionRepository;
  plans: PlanRepository;
  audit: AuditLog;
}

export interface UpdateActionInput {
  actionId: string;
  /** How many entries the card showed (its optimistic lock). */
  cardEntries: unknown;
  fields: ActionUpdateInput;
  actor: { aadObjectId: string; name: string };
  admins: readonly string[];
  now: Date;
  timeZone: string;
}

export type UpdateActionOutcome =
  | { kind: 'notFound' }
  | { kind: 'notAllowed'; plan: Plan; action: Action; role: ActionRole }
  | { kind: 'invalid'; plan: Plan; action: Action; role: ActionRole; issues: ActionIssue[] }
  /** Someone changed the action since the card was drawn; nothing was stored, the input is kept. */
  | { kind: 'stale'; plan: Plan; action: Action; role: ActionRole }
  | { kind: 'saved' | 'duplicate'; plan: Plan; action: Action; role: ActionRole };

/** Loads an action with its plan and the person's role on it. */
export async function loadAction(
  ports: Pick<ActionPorts, 'actions' | 'plans'>,
  actionId: unknown,
  aadObjectId: string,
  admins: readonly string[],
): Promise<{ plan: Plan; action: Action; role: ActionRole } | null> {
  if (typeof actionId !== 'string' || actionId === '') return null;
  const action = await ports.actions.get(actionId);
  const stored = action ? await ports.plans.findById(action.planId) : null;
  if (!action || !stored) return null;
  return { plan: stored.plan, action, role: actionRoleOf(stored.plan, action, aadObjectId, admins) };
}

/**
 * The owner's status change or checkpoint comment from the action card: validated against the
 * current state, stored as a new entry only if the action still has the entries the card showed
 * (a retried submission of the same card is a duplicate, not a second entry), then audited.
 */
export async function updateAction(
  ports: ActionPorts,
  input: UpdateActionInput,
): Promise<UpdateActionOutcome> {
  const loaded = await loadAction(ports, input.actionId, input.actor.aadObjectId, input.admins);
  if (!loaded) return { kind: 'notFound' };
  const { plan, action, role } = loaded;
  if (role !== 'owner' && role !== 'admin') return { kind: 'notAllowed', ...loaded };
  const cardEntries = Number(input.cardEntries);
  if (!Number.isInteger(cardEntries) || cardEntries < 1) return { kind: 'stale', ...loaded };
  const entryId = `${input.actor.aadObjectId}@${cardEntries}`;
  // The same card sent again (a retried invoke) is a duplicate; different text from the same card
  // (a second tab, an old copy) lost to the first and is stale.
  const earlier = action.entries.find((entry) => entry.id === entryId);
  if (earlier) {
    const same =
      (input.fields.status === undefined || earlier.status === input.fields.status.trim()) &&
      (earlier.comment ?? '') === (input.fields.comment ?? '').trim();
    return { kind: same ? 'duplicate' : 'stale', ...loaded };
  }
  if (cardEntries !== action.entries.length) return { kind: 'stale', ...loaded };
  const checked = validateActionUpdate(action, input.fields);
  if (!checked.ok) return { kind: 'invalid', ...loaded, issues: checked.issues };
  const entry: ActionEntry = {
    id: entryId,
    at: input.now,
    date: localDateOf(input.now, input.timeZone),
    change: { kind: 'status' },
    ...checked.update,
    author: input.actor,
  };
  const outcome = await ports.actions.append(action.id, entry, { expectedEntries: cardEntries });
  if (outcome.kind === 'missing') return { kind: 'notFound' };
  if (outcome.kind === 'stale') return { kind: 'stale', plan, role, action: outcome.action };
  await ports.audit.append(
    {
      at: input.now,
      actor: input.actor,
      action: 'action.updated',
      subject: action.id,
      details: { planId: plan.id, entry, from: action.entries[action.entries.length - 1].status },
    },
    `${action.id}#${entryId}`,
  );
  return { kind: outcome.kind === 'duplicate' ? 'duplicate' : 'saved', plan, role, action: outcome.action };
}
