import type { IsoDate } from '../plan/types';
import type { ReminderPolicy } from '../reminders/types';
import { missedCheckpointOf } from './actionRemindersDue';
import { isClosedStatus } from './actionStatuses';
import { currentStateOf } from './currentStateOf';
import type { Action } from './types';

/** The actions section of the manager and leadership digests. */
export interface ActionDigestCounts {
  open: number;
  /** Open actions whose latest checkpoint (or end date) passed its escalation date without a report. */
  missed: number;
  /** Closed (any closing status) on or after `since`. */
  completed: number;
}

/** Counts for a digest: open, checkpoint missed, and closed since a date (a week before today). */
export function actionDigestCounts(
  actions: readonly Action[],
  today: IsoDate,
  since: IsoDate,
  policy: Pick<ReminderPolicy, 'noticeWorkingDaysBefore' | 'escalateAfterWorkingDays'>,
): ActionDigestCounts {
  const counts: ActionDigestCounts = { open: 0, missed: 0, completed: 0 };
  for (const action of actions) {
    const current = currentStateOf(action);
    if (isClosedStatus(current.status)) {
      if (current.date >= since) counts.completed += 1;
      continue;
    }
    counts.open += 1;
    if (missedCheckpointOf(action, today, policy) !== undefined) counts.missed += 1;
  }
  return counts;
}
