import { syncPlanActions } from './syncPlanActions';
import { actionStatusLabel, closedActionStatuses, actionStatuses } from '../../domain/actions/actionStatuses';
import { followUpDatesOf, missedCheckpointOf } from '../../domain/actions/actionRemindersDue';
import { currentStateOf } from '../../domain/actions/currentStateOf';
import type { Action } from '../../domain/actions/types';
import type { Locale, Plan } from '../../domain/plan/types';
import type { ActionRepository } from '../../domain/ports/ActionRepository';
import type { PlanRepository } from '../../domain/ports/PlanRepository';
import type { ReminderPolicy } from '../../domain/reminders/types';
import type { MyActionsItem } from '../../cards/actions/MyActionsData';

/** The next follow-up date on or after today; the end date once all have passed. */
export function nextDateOf(action: Action, today: string): string {
  return followUpDatesOf(action).find((date) => date >= today) ?? action.end;
}

/**
 * "mina åtgärder": the open actions a person owns or reports on, in the plans of this year and the
 * year before (their decided actions stored first, as a reminder pass does), next date first.
 */
export async function myActions(
  ports: { plans: PlanRepository; actions: ActionRepository },
  aadObjectId: string,
  input: {
    now: Date;
    today: string;
    locale: Locale;
    policy: Pick<ReminderPolicy, 'noticeWorkingDaysBefore' | 'escalateAfterWorkingDays'>;
  },
): Promise<Array<{ plan: Plan; action: Action; item: MyActionsItem }>> {
  const year = Number(input.today.slice(0, 4));
  const plans = (await ports.plans.list()).filter(
    (stored) => stored.plan.year >= year - 1 && stored.plan.year <= year,
  );
  const found: Array<{ plan: Plan; action: Action; item: MyActionsItem }> = [];
  const open = actionStatuses.filter((status) => !closedActionStatuses.includes(status));
  for (const { plan } of plans) {
    await syncPlanActions(ports.actions, plan, input.now, input.today);
    const actions = await ports.actions.find({
      planId: plan.id,
      statuses: open,
      person: { aadObjectId, as: 'any' },
    });
    for (const action of actions) {
      const current = currentStateOf(action);
      found.push({
        plan,
        action,
        item: {
          actionId: action.id,
          title: action.text,
          unitName: plan.units.find((unit) => unit.id === action.unitId)?.name ?? action.unitId,
          status: actionStatusLabel(current.status, input.locale, current.carriedOverTo),
          nextDate: nextDateOf(action, input.today),
          late: missedCheckpointOf(action, input.today, input.policy) !== undefined,
        },
      });
    }
  }
  return found.sort((a, b) =>
    a.item.nextDate < b.item.nextDate ? -1 : a.item.nextDate > b.item.nextDate ? 1 : 0,
  );
}
