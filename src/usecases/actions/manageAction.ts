import type { ActionIssue } from '../../domain/actions/ActionIssue';
import { isClosedStatus } from '../../domain/actions/actionStatuses';
import { currentStateOf } from '../../domain/actions/currentStateOf';
import { resolveActionPerson } from '../../domain/actions/resolveActionPerson';
import type { Action, ActionChange, ActionEntry, ActionSchedule } from '../../domain/actions/types';
import { validateActionSchedule } from '../../domain/actions/validateActionSchedule';
import type { Plan } from '../../domain/plan/types';
import type { ActionChangeSet } from '../../domain/ports/ActionRepository';
import { localDateOf } from '../../domain/schedule/localDateOf';
import type { ActionRole } from './actionRoleOf';
import { loadAction, type ActionPorts } from './updateAction';

export interface ManageActionInput {
  actionId: string;
  cardEntries: unknown;
  /** A person id of the plan; empty keeps the owner. */
  owner?: string;
  start?: string;
  /** Checkpoints as typed: dates separated by commas or spaces. */
  checkpoints?: string;
  end?: string;
  comment?: string;
  actor: { aadObjectId: string; name: string };
  admins: readonly string[];
  now: Date;
  timeZone: string;
}

export type ManageActionOutcome =
  | { kind: 'notFound' }
  | { kind: 'notAllowed' | 'stale'; plan: Plan; action: Action; role: ActionRole }
  | { kind: 'unchanged'; plan: Plan; action: Action; role: ActionRole }
  | { kind: 'invalid'; plan: Plan; action: Action; role: ActionRole; issues: ActionIssue[] }
  | { kind: 'saved'; plan: Plan; action: Action; role: ActionRole };

const text = (value: string | undefined): string => value?.trim() ?? '';

/**
 * A manager or administrator reassigns the owner or moves the dates. Each change is an entry of its
 * own (kind ownerReassigned / datesMoved, status unchanged) and an audit entry with before and after.
 */
export async function manageAction(
  ports: ActionPorts,
  input: ManageActionInput,
): Promise<ManageActionOutcome> {
  const loaded = await loadAction(ports, input.actionId, input.actor.aadObjectId, input.admins);
  if (!loaded) return { kind: 'notFound' };
  const { plan, action, role } = loaded;
  if (role !== 'manager' && role !== 'admin') return { kind: 'notAllowed', ...loaded };
  const cardEntries = Number(input.cardEntries);
  if (cardEntries !== action.entries.length) return { kind: 'stale', ...loaded };
  const issues: ActionIssue[] = [];
  if (isClosedStatus(currentStateOf(action).status))
    issues.push({
      field: 'status',
      sv: 'Åtgärden är avslutad; ansvarig och datum kan inte längre ändras.',
      en: 'The action is closed; its owner and dates can no longer change.',
    });

  const changes: Array<{ change: ActionChange; set: ActionChangeSet }> = [];
  const ownerId = text(input.owner);
  if (ownerId && ownerId !== action.owner.personId) {
    const owner = resolveActionPerson(plan, { personId: ownerId }, action.unitId);
    if (!owner)
      issues.push({
        field: 'owner',
        sv: `"${ownerId}" finns inte bland planens personer. Välj en person i listan.`,
        en: `"${ownerId}" is not one of the plan's people. Choose a person from the list.`,
      });
    else
      changes.push({
        change: { kind: 'ownerReassigned', from: action.owner.name, to: owner.name },
        set: { owner },
      });
  }
  const schedule: ActionSchedule = {
    start: text(input.start) || action.start,
    checkpoints:
      input.checkpoints === undefined
        ? action.checkpoints
        : text(input.checkpoints)
            .split(/[\s,;]+/)
            .filter((date) => date !== ''),
    end: text(input.end) || action.end,
  };
  const current: ActionSchedule = { start: action.start, checkpoints: action.checkpoints, end: action.end };
  if (JSON.stringify(schedule) !== JSON.stringify(current)) {
    issues.push(...validateActionSchedule(schedule));
    changes.push({ change: { kind: 'datesMoved', from: current, to: schedule }, set: { schedule } });
  }
  if (issues.length > 0) return { kind: 'invalid', ...loaded, issues };
  if (changes.length === 0) return { kind: 'unchanged', ...loaded };

  let latest = action;
  for (const [index, { change, set }] of changes.entries()) {
    const entry: ActionEntry = {
      id: `${input.actor.aadObjectId}@${cardEntries}#${change.kind}`,
      at: input.now,
      date: localDateOf(input.now, input.timeZone),
      status: currentStateOf(latest).status,
      change,
      ...(text(input.comment) && { comment: text(input.comment) }),
      author: input.actor,
    };
    const outcome = await ports.actions.append(action.id, entry, {
      expectedEntries: cardEntries + index,
      change: set,
    });
    if (outcome.kind === 'missing') return { kind: 'notFound' };
    if (outcome.kind === 'stale') return { kind: 'stale', plan, role, action: outcome.action };
    latest = outcome.action;
    await ports.audit.append(
      {
        at: input.now,
        actor: input.actor,
        action: change.kind === 'ownerReassigned' ? 'action.ownerReassigned' : 'action.datesMoved',
        subject: action.id,
        details: { planId: plan.id, change, entryId: entry.id },
      },
      `${action.id}#${entry.id}`,
    );
  }
  return { kind: 'saved', plan, role, action: latest };
}
