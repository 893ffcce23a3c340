import type { IsoDate, Plan } from '../domain/plan/types';

/**
 * True when results of the plan can no longer be registered or amended: the plan is closed
 * (status 'closed'), or its closing date (closedOn) has been reached.
 */
export function resultPeriodClosed(plan: Pick<Plan, 'status' | 'closedOn'>, today: IsoDate): boolean {
  return plan.status === 'closed' || (plan.closedOn !== undefined && plan.closedOn <= today);
}
