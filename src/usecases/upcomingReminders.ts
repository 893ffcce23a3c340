import { actionReminderDates, followUpDatesOf } from '../domain/actions/actionRemindersDue';
import { isClosedStatus } from '../domain/actions/actionStatuses';
import { currentStateOf } from '../domain/actions/currentStateOf';
import { controlIndex } from '../domain/plan/controlIndex';
import { resolveAssignment } from '../domain/plan/resolveAssignment';
import type { IsoDate, Plan } from '../domain/plan/types';
import type { ActionRepository } from '../domain/ports/ActionRepository';
import type { OccasionRepository } from '../domain/ports/OccasionRepository';
import type { PlanRepository } from '../domain/ports/PlanRepository';
import { policyFor } from '../domain/reminders/policyFor';
import { reminderDatesOf } from '../domain/reminders/reminderDatesOf';
import type { OccasionReminderKind, ReminderPolicy } from '../domain/reminders/types';

export type UpcomingReminder =
  | {
      date: IsoDate;
      kind: Exclude<OccasionReminderKind, 'escalation'>;
      controlTitle: string;
      unitName: string;
      periodKey: string;
      dueDate: IsoDate;
    }
  | {
      date: IsoDate;
      /** The owner's reminder before an action's checkpoint (avstämning) or end date. */
      kind: 'actionNotice';
      actionText: string;
      unitName: string;
      /** The checkpoint or end date the reminder is about. */
      followUpDate: IsoDate;
      isEnd: boolean;
    };

/**
 * The reminders a person will get from today on (earliest first): for occasions they perform, and
 * for the open actions they own, one before each checkpoint and before the end date (on its first
 * day, or today when that day has come and the date has not passed).
 */
export async function upcomingReminders(
  ports: { plans: PlanRepository; occasions: OccasionRepository; actions?: ActionRepository },
  aadObjectId: string,
  today: IsoDate,
  policy: ReminderPolicy,
  limit = 10,
): Promise<UpcomingReminder[]> {
  const year = Number(today.slice(0, 4));
  const plans = (await ports.plans.list())
    .map((stored) => stored.plan)
    .filter((plan) => plan.year >= year - 1);
  const upcoming: UpcomingReminder[] = [];
  for (const plan of plans) {
    const person = plan.people.find((candidate) => candidate.aadObjectId === aadObjectId);
    if (!person) continue;
    const index = controlIndex(plan);
    const occasions = await ports.occasions.find({ planId: plan.id, statuses: ['open'], dueFrom: today });
    for (const occasion of occasions) {
      const control = index.get(occasion.controlId)?.control;
      if (!control?.performerRoleId) continue;
      if (resolveAssignment(plan, control.performerRoleId, occasion.unitId)?.person.id !== person.id)
        continue;
      const dates = reminderDatesOf(occasion, policyFor(policy, control.reminders));
      for (const kind of ['notice', 'due', 'overdue'] as const) {
        if (dates[kind] < today) continue;
        upcoming.push({
          date: dates[kind],
          kind,
          controlTitle: control.title,
          unitName: unitNameOf(plan, occasion.unitId),
          periodKey: occasion.period.key,
          dueDate: occasion.dueDate,
        });
      }
    }
  }
  const byId = new Map(plans.map((plan) => [plan.id, plan]));
  const owned = ports.actions ? await ports.actions.find({ person: { aadObjectId, as: 'owner' } }) : [];
  for (const action of owned) {
    const plan = byId.get(action.planId);
    if (!plan || isClosedStatus(currentStateOf(action).status)) continue;
    const dates = followUpDatesOf(action);
    for (const followUpDate of dates) {
      if (followUpDate < today) continue;
      const { notice } = actionReminderDates(action, followUpDate, policy);
      upcoming.push({
        date: notice < today ? today : notice,
        kind: 'actionNotice',
        actionText: action.text,
        unitName: unitNameOf(plan, action.unitId),
        followUpDate,
        isEnd: followUpDate === action.end,
      });
    }
  }
  return upcoming.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)).slice(0, limit);
}

const unitNameOf = (plan: Plan, unitId: string): string =>
  plan.units.find((u) => u.id === unitId)?.name ?? unitId;
