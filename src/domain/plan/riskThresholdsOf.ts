import { DEFAULT_RISK_THRESHOLDS } from './handlingClass';
import type { HandlingThreshold, Plan } from './types';

/** The plan's own thresholds, or the default matrix when the plan leaves them empty. */
export function riskThresholdsOf(plan: Pick<Plan, 'riskThresholds'>): readonly HandlingThreshold[] {
  return plan.riskThresholds.length > 0 ? plan.riskThresholds : DEFAULT_RISK_THRESHOLDS;
}
