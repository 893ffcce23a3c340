import { planStillCurrent } from '../domain/digests/planYearPeriod';
import type { IsoDate } from '../domain/plan/types';
import type { PlanRepository, StoredPlan } from '../domain/ports/PlanRepository';

/**
 * The plans a digest of today covers: every adopted plan of the current year and every earlier plan
 * whose occasions fell due recently (in January the previous year's December and annual controls
 * are still due and reminded). Drafts are left out.
 */
export async function plansForDigest(plans: PlanRepository, today: IsoDate): Promise<StoredPlan[]> {
  const year = Number(today.slice(0, 4));
  const all = await plans.list();
  return all
    .filter((stored) => stored.plan.status !== 'draft' && planStillCurrent(stored.plan, today, year))
    .sort((a, b) => a.plan.year - b.plan.year || (a.plan.id < b.plan.id ? -1 : 1));
}
