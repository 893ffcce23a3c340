import { syncPlanActions } from './syncPlanActions';
import { actionRemindersDue } from '../../domain/actions/actionRemindersDue';
import type { Plan } from '../../domain/plan/types';
import type { ActionRepository } from '../../domain/ports/ActionRepository';
import type {
  Absence,
  DueReminder,
  ReminderPolicy,
  ReminderProblem,
  UnitPause,
} from '../../domain/reminders/types';

/**
 * The action reminders of one plan for a reminder pass: the plan's decided actions are stored
 * first (idempotent, so a newly imported plan's actions are followed up from the next pass), then
 * the open ones are read and actionRemindersDue decides what is due for whom.
 */
export async function actionRemindersFor(
  actions: ActionRepository,
  input: {
    plan: Plan;
    today: string;
    now: Date;
    policy: ReminderPolicy;
    absences: readonly Absence[];
    pauses: readonly UnitPause[];
  },
): Promise<{ reminders: DueReminder[]; problems: ReminderProblem[] }> {
  const { plan, today } = input;
  await syncPlanActions(actions, plan, input.now, today);
  const open = await actions.find({ planId: plan.id, openWithDateBy: today });
  return actionRemindersDue({ ...input, actions: open });
}

/** Outbox subjects of a plan's open actions: their reminders are still worth sending. */
export async function openActionSubjects(
  actions: ActionRepository,
  planId: string,
  today: string,
): Promise<string[]> {
  const open = await actions.find({ planId, openWithDateBy: today });
  return open.map((action) => `action:${action.id}`);
}
