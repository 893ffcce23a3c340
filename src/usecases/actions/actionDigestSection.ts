import { actionDigestCounts, type ActionDigestCounts } from '../../domain/actions/actionDigestCounts';
import type { IsoDate } from '../../domain/plan/types';
import type { ActionRepository } from '../../domain/ports/ActionRepository';
import type { ReminderPolicy } from '../../domain/reminders/types';
import { addDays } from '../../domain/schedule/addDays';

/** What the digests need to count actions: the repository and the reminder policy (for "missed"). */
export interface ActionDigestPorts {
  repository: ActionRepository;
  policy: Pick<ReminderPolicy, 'noticeWorkingDaysBefore' | 'escalateAfterWorkingDays'>;
}

/** The actions section of a digest: a plan's actions (of some units, or all), counted on `today`. */
export async function actionDigestSection(
  ports: ActionDigestPorts,
  planId: string,
  unitIds: string[] | undefined,
  today: IsoDate,
): Promise<ActionDigestCounts> {
  const actions = await ports.repository.find({ planId, ...(unitIds && { unitIds }) });
  return actionDigestCounts(actions, today, addDays(today, -7), ports.policy);
}
