import { handlingClass } from './handlingClass';
import { riskThresholdsOf } from './riskThresholdsOf';
import { riskValue } from './riskValue';
import type { HandlingCode, Plan, RiskArea } from './types';

/** The handling a plan's risk area calls for under that plan's thresholds. */
export function handlingOf(plan: Pick<Plan, 'riskThresholds'>, area: RiskArea): HandlingCode | null {
  return handlingClass(riskValue(area), riskThresholdsOf(plan));
}
