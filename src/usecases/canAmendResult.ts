import type { IsoDate, Plan } from '../domain/plan/types';
import type { OccasionRecord } from '../domain/ports/OccasionRepository';
import type { OccasionRole } from './authorizeOccasion';
import { resultPeriodClosed } from './resultPeriodClosed';

/**
 * Whether this person may amend the stored result: the one who registered it (first or latest
 * version) or the responsible manager, while the plan is not closed.
 */
export function canAmendResult(
  plan: Pick<Plan, 'status' | 'closedOn'>,
  occasion: Pick<OccasionRecord, 'result' | 'retired'>,
  role: OccasionRole,
  aadObjectId: string | undefined,
  today: IsoDate,
): boolean {
  if (!occasion.result || occasion.retired || resultPeriodClosed(plan, today)) return false;
  if (role === 'responsible') return true;
  if (role === 'none' || !aadObjectId) return false;
  const wanted = aadObjectId.toLowerCase();
  return [occasion.result.submittedBy, occasion.result.firstSubmittedBy].some(
    (actor) => actor.aadObjectId.toLowerCase() === wanted,
  );
}
