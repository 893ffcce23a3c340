import { syncPlanActions } from './syncPlanActions';
import type { Action, ActionStatus } from '../../domain/actions/types';
import type { Plan } from '../../domain/plan/types';
import type { ActionRepository } from '../../domain/ports/ActionRepository';
import type { PlanRepository } from '../../domain/ports/PlanRepository';

/**
 * The actions of the plans of a year (all years when not given), decided actions stored first so a
 * plan imported since the last reminder pass is complete, filtered by status and owner.
 */
export async function listActions(
  ports: { plans: PlanRepository; actions: ActionRepository },
  query: { year?: number; statuses?: ActionStatus[]; owner?: string; now: Date; today: string },
): Promise<Array<{ plan: Plan; actions: Action[] }>> {
  const stored =
    query.year === undefined ? await ports.plans.list() : await ports.plans.findByYear(query.year);
  const found: Array<{ plan: Plan; actions: Action[] }> = [];
  for (const { plan } of stored) {
    await syncPlanActions(ports.actions, plan, query.now, query.today);
    const actions = await ports.actions.find({
      planId: plan.id,
      ...(query.statuses && { statuses: query.statuses }),
      ...(query.owner !== undefined && { ownerText: query.owner }),
    });
    found.push({ plan, actions });
  }
  return found;
}
