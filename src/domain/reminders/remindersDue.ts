import { performerRolesOf } from '../plan/performerRolesOf';
import { controlIndex } from '../plan/controlIndex';
import { resolveAssignment } from '../plan/resolveAssignment';
import type { IsoDate, Occasion, Person, Plan } from '../plan/types';
import { workingDaysBetween } from '../schedule/workingDaysBetween';
import { escalationManager } from './escalationManager';
import { isPaused } from './isPaused';
import { policyFor } from './policyFor';
import { latestPerformerKind, reminderDatesOf } from './reminderDatesOf';
import { reminderId } from './reminderId';
import {
  performerKinds,
  type Absence,
  type DueReminder,
  type ReminderKind,
  type ReminderPolicy,
  type ReminderProblem,
  type ReminderRecipient,
  type ReminderRole,
  type UnitPause,
} from './types';

export interface ReminderOccasion extends Occasion {
  id: string;
  status: 'open' | 'answered' | 'notApplicable';
  retired: boolean;
}

export interface RemindersDueInput {
  plan: Plan;
  occasions: readonly ReminderOccasion[];
  /** The organisation's local date of the pass. */
  today: IsoDate;
  policy: ReminderPolicy;
  absences?: readonly Absence[];
  pauses?: readonly UnitPause[];
  /** Controls with `answer: each`: the performer roles that have answered, by occasion id (not reminded again). */
  answeredRoles?: ReadonlyMap<string, readonly string[]>;
}

const recipientOf = (person: Person): ReminderRecipient | null =>
  person.aadObjectId ? { aadObjectId: person.aadObjectId, name: person.name, locale: person.locale } : null;

/**
 * What should be sent today for a plan's occasions. Only the latest applicable performer reminder
 * is returned (catch-up after downtime sends one overdue reminder, not the ladder); answered,
 * not-applicable, retired and paused occasions get nothing. The performer's reminders go to the
 * substitute while the performer is away; after escalation the substitute is told as well.
 * Working hours are the caller's concern (see isReminderTime).
 */
export function remindersDue(input: RemindersDueInput): {
  reminders: DueReminder[];
  problems: ReminderProblem[];
} {
  const { plan, today } = input;
  const absences = input.absences ?? [];
  const pauses = input.pauses ?? [];
  const index = controlIndex(plan);
  const unitName = new Map(plan.units.map((unit) => [unit.id, unit.name]));
  const isAway = (recipient: ReminderRecipient | null): boolean =>
    recipient !== null && absences.some((a) => a.aadObjectId === recipient.aadObjectId && a.until >= today);
  const reminders: DueReminder[] = [];
  const problems: ReminderProblem[] = [];
  const answered = (occasionId: string, roleId: string | undefined): boolean =>
    roleId !== undefined && (input.answeredRoles?.get(occasionId)?.includes(roleId) ?? false);

  for (const occasion of input.occasions) {
    if (occasion.status !== 'open' || occasion.retired || occasion.planId !== plan.id) continue;
    const indexed = index.get(occasion.controlId);
    if (!indexed) continue;
    const { control } = indexed;
    const policy = policyFor(input.policy, control.reminders);
    const dates = reminderDatesOf(occasion, policy);
    const kind = latestPerformerKind(dates, today);
    if (kind === null || isPaused(plan, occasion.unitId, pauses, today)) continue;

    const assignment = control.performerRoleId
      ? resolveAssignment(plan, control.performerRoleId, occasion.unitId)
      : null;
    // Never escalate to the performer themselves: a performer who is also the manager escalates upwards.
    const managerPerson = control.responsibleRoleId
      ? escalationManager(plan, control.responsibleRoleId, occasion.unitId, assignment?.person)
      : undefined;
    const performer = assignment ? recipientOf(assignment.person) : null;
    const substitute = assignment?.substitute ? recipientOf(assignment.substitute) : null;
    const manager = managerPerson ? recipientOf(managerPerson) : null;
    const base = {
      occasionId: occasion.id,
      planId: occasion.planId,
      controlId: control.id,
      controlTitle: control.title,
      unitId: occasion.unitId,
      unitName: unitName.get(occasion.unitId) ?? occasion.unitId,
      periodKey: occasion.period.key,
      dueDate: occasion.dueDate,
      daysOverdue: Math.max(0, workingDaysBetween(occasion.dueDate, today)),
      ...(performer ? { performer } : {}),
      ...(manager ? { manager } : {}),
    };
    const add = (kindToSend: ReminderKind, role: ReminderRole, recipient: ReminderRecipient): void => {
      const earlier =
        kindToSend === 'escalation' ? [] : performerKinds.slice(0, performerKinds.indexOf(kindToSend));
      reminders.push({
        ...base,
        id: reminderId(occasion.id, kindToSend, recipient.aadObjectId),
        kind: kindToSend,
        role,
        recipient,
        supersedes: earlier.map((k) => reminderId(occasion.id, k, recipient.aadObjectId)),
      });
    };

    if (!assignment) {
      problems.push({
        occasionId: occasion.id,
        problem: 'noPerformer',
        detail: `Control ${control.id} has no performer for unit ${occasion.unitId}; assign the role in the plan.`,
      });
    } else if (!performer) {
      problems.push({
        occasionId: occasion.id,
        problem: 'noAadObjectId',
        detail: `${assignment.person.name} has no aadObjectId in the plan, so Teams cannot reach them; add it.`,
      });
    } else if (answered(occasion.id, control.performerRoleId)) {
      // `answer: each`: this role has answered; the others are reminded below.
    } else if (isAway(performer) && substitute && !isAway(substitute)) {
      add(kind, 'substitute', substitute);
    } else {
      add(kind, 'performer', performer);
    }
    // Several performer roles: everyone concerned is reminded, each role with its own substitute.
    for (const roleId of performerRolesOf(control).slice(1)) {
      if (answered(occasion.id, roleId)) continue;
      const other = resolveAssignment(plan, roleId, occasion.unitId);
      const person = other ? recipientOf(other.person) : null;
      const otherSubstitute = other?.substitute ? recipientOf(other.substitute) : null;
      if (!other || !person) {
        problems.push({
          occasionId: occasion.id,
          problem: other ? 'noAadObjectId' : 'noPerformer',
          detail: other
            ? `${other.person.name} has no aadObjectId in the plan, so Teams cannot reach them; add it.`
            : `Control ${control.id} has no person in role ${roleId} for unit ${occasion.unitId}; assign the role in the plan.`,
        });
      } else if (isAway(person) && otherSubstitute && !isAway(otherSubstitute)) {
        add(kind, 'substitute', otherSubstitute);
      } else if (
        !reminders.some((r) => r.occasionId === occasion.id && r.recipient.aadObjectId === person.aadObjectId)
      ) {
        add(kind, 'performer', person);
      }
    }

    if (today >= dates.escalation) {
      if (manager) add('escalation', 'manager', manager);
      else {
        problems.push({
          occasionId: occasion.id,
          problem: 'noManager',
          detail: control.responsibleRoleId
            ? `Control ${control.id} is overdue for unit ${occasion.unitId}; its responsible manager is the performer and no one above holds the role; assign the role on a parent unit.`
            : `Control ${control.id} is overdue for unit ${occasion.unitId} but has no responsible manager to tell; set responsibleRole.`,
        });
      }
      if (substitute && substitute.aadObjectId !== manager?.aadObjectId && !isAway(substitute)) {
        add('escalation', 'substitute', substitute);
      }
    }
  }
  return { reminders, problems };
}
