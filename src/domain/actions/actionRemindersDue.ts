import { isPaused } from '../reminders/isPaused';
import type {
  Absence,
  DueReminder,
  ReminderPolicy,
  ReminderProblem,
  ReminderRecipient,
  UnitPause,
} from '../reminders/types';
import { resolveAssignment } from '../plan/resolveAssignment';
import type { IsoDate, Plan } from '../plan/types';
import { addWorkingDays } from '../schedule/addWorkingDays';
import { workingDaysBetween } from '../schedule/workingDaysBetween';
import { isClosedStatus } from './actionStatuses';
import { currentStateOf } from './currentStateOf';
import type { Action, ActionPerson } from './types';

export interface ActionRemindersDueInput {
  plan: Plan;
  /** The plan's actions (closed ones are ignored). */
  actions: readonly Action[];
  today: IsoDate;
  policy: Pick<ReminderPolicy, 'noticeWorkingDaysBefore' | 'escalateAfterWorkingDays'>;
  absences?: readonly Absence[];
  pauses?: readonly UnitPause[];
}

/** The outbox subject of an action's reminders (where an occasion's id would be). */
export const actionSubject = (actionId: string): string => `action:${actionId}`;

/** Checkpoints and the end date, in order, without repeats. */
export const followUpDatesOf = (action: Pick<Action, 'checkpoints' | 'end'>): IsoDate[] =>
  [...new Set([...action.checkpoints, action.end])].sort();

/** The first date each reminder may go out for one follow-up date of an action. */
export function actionReminderDates(
  action: Pick<Action, 'start'>,
  date: IsoDate,
  policy: ActionRemindersDueInput['policy'],
): { notice: IsoDate; escalation: IsoDate } {
  const before = addWorkingDays(date, -Math.max(1, policy.noticeWorkingDaysBefore));
  return {
    notice: before < action.start ? action.start : before,
    escalation: addWorkingDays(date, Math.max(1, policy.escalateAfterWorkingDays)),
  };
}

/**
 * The latest checkpoint (or end date) whose escalation date has come without a report: no status
 * entry from a person dated after the previous date and before the escalation date. Only the latest
 * date due for escalation is looked at, so catch-up after downtime escalates once. Undefined when
 * nothing is missed.
 */
export function missedCheckpointOf(
  action: Pick<Action, 'start' | 'checkpoints' | 'end' | 'entries'>,
  today: IsoDate,
  policy: ActionRemindersDueInput['policy'],
): IsoDate | undefined {
  const dates = followUpDatesOf(action);
  const due = dates.filter((date) => actionReminderDates(action, date, policy).escalation <= today);
  const latest = due[due.length - 1];
  if (latest === undefined) return undefined;
  const previous = dates[dates.indexOf(latest) - 1] ?? '';
  const { escalation } = actionReminderDates(action, latest, policy);
  const reported = action.entries.some(
    (entry) =>
      'aadObjectId' in entry.author &&
      entry.change.kind === 'status' &&
      entry.date > previous &&
      entry.date < escalation,
  );
  return reported ? undefined : latest;
}

/**
 * What should be sent today for a plan's open actions, beside the control reminders:
 * - the owner gets one reminder before each checkpoint and before the end date (from N working days
 *   before it until the date itself; after downtime only the next date's reminder is sent);
 * - a checkpoint (or the end date) that passed without a report from a person between the previous
 *   date and the escalation date is escalated once to the reporting owner (for an action from a
 *   result: the control's responsible manager); after downtime only the latest missed date.
 * Ids are deterministic per action, date, kind and recipient, so the outbox sends each once.
 * While the owner is away their substitute (if any, and not away) gets the reminder. Working hours
 * and working days are the caller's concern (isReminderTime), as for controls.
 */
export function actionRemindersDue(input: ActionRemindersDueInput): {
  reminders: DueReminder[];
  problems: ReminderProblem[];
} {
  const { plan, today, policy } = input;
  const absences = input.absences ?? [];
  const isAway = (recipient: ReminderRecipient): boolean =>
    absences.some((a) => a.aadObjectId === recipient.aadObjectId && a.until >= today);
  const unitName = new Map(plan.units.map((unit) => [unit.id, unit.name]));
  const reminders: DueReminder[] = [];
  const problems: ReminderProblem[] = [];

  for (const action of input.actions) {
    if (action.planId !== plan.id || isClosedStatus(currentStateOf(action).status)) continue;
    if (today < action.start || isPaused(plan, action.unitId, input.pauses ?? [], today)) continue;
    const subject = actionSubject(action.id);
    const owner = recipientOf(plan, action.owner);
    const manager = action.reportingOwner ? recipientOf(plan, action.reportingOwner) : null;
    const dates = followUpDatesOf(action);
    const base = {
      occasionId: subject,
      planId: plan.id,
      controlId: action.controlId ?? action.decidedActionId ?? action.id,
      controlTitle: action.text,
      unitId: action.unitId,
      unitName: unitName.get(action.unitId) ?? action.unitId,
      ...(owner ? { performer: owner } : {}),
      ...(manager ? { manager } : {}),
    };

    const next = dates.find((date) => date >= today);
    if (next !== undefined && today >= actionReminderDates(action, next, policy).notice) {
      const substitute = owner && isAway(owner) ? substituteOf(plan, action) : null;
      const recipient = substitute && !isAway(substitute) ? substitute : owner;
      if (!recipient) {
        problems.push({
          occasionId: subject,
          problem:
            action.owner.aadObjectId === undefined && action.owner.personId ? 'noAadObjectId' : 'noPerformer',
          detail: `Action ${action.id} has no owner Teams can reach (${action.owner.name}); give the person an aadObjectId in the plan or reassign the action.`,
        });
      } else {
        reminders.push({
          ...base,
          id: `${subject}|actionNotice@${next}|${recipient.aadObjectId}`,
          kind: 'actionNotice',
          role: recipient === owner ? 'performer' : 'substitute',
          recipient,
          periodKey: next,
          dueDate: next,
          daysOverdue: 0,
          action: { actionId: action.id, date: next, isEnd: next === action.end, owner: action.owner.name },
          supersedes: [],
        });
      }
    }

    const missed = missedCheckpointOf(action, today, policy);
    if (missed === undefined) continue;
    if (!manager) {
      problems.push({
        occasionId: subject,
        problem: 'noManager',
        detail: `Action ${action.id} missed its checkpoint ${missed} but has no reporting owner Teams can reach; set reportingOwner in the plan.`,
      });
      continue;
    }
    reminders.push({
      ...base,
      id: `${subject}|actionEscalation@${missed}|${manager.aadObjectId}`,
      kind: 'actionEscalation',
      role: 'manager',
      recipient: manager,
      periodKey: missed,
      dueDate: missed,
      daysOverdue: Math.max(0, workingDaysBetween(missed, today)),
      action: { actionId: action.id, date: missed, isEnd: missed === action.end, owner: action.owner.name },
      supersedes: [],
    });
  }
  return { reminders, problems };
}

function recipientOf(plan: Pick<Plan, 'people'>, person: ActionPerson): ReminderRecipient | null {
  if (!person.aadObjectId) return null;
  const planned = plan.people.find((candidate) => candidate.aadObjectId === person.aadObjectId);
  return { aadObjectId: person.aadObjectId, name: person.name, locale: planned?.locale ?? 'sv' };
}

/** The owner's ersättare: from the role's assignment for the unit, or any assignment of the person. */
function substituteOf(plan: Plan, action: Action): ReminderRecipient | null {
  const viaRole = action.owner.roleId ? resolveAssignment(plan, action.owner.roleId, action.unitId) : null;
  const substituteId =
    viaRole?.substitute?.id ??
    plan.assignments.find((a) => a.personId === action.owner.personId && a.substituteId)?.substituteId;
  const person = plan.people.find((candidate) => candidate.id === substituteId);
  return person?.aadObjectId
    ? { aadObjectId: person.aadObjectId, name: person.name, locale: person.locale }
    : null;
}
