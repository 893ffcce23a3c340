import type { HandlingCode, HandlingThreshold } from './types';

/**
 * Vaggeryd's risk matrix (seed 000): 1–3 no action, 4–6 monitored, 8–12 in the control plan,
 * 16 control plan and action. Other organisations differ (Mellerud/Bengtsfors controls risks
 * valued 6), which is why a plan may carry its own Plan.riskThresholds.
 */
export const DEFAULT_RISK_THRESHOLDS: readonly HandlingThreshold[] = Object.freeze([
  { min: 1, max: 3, code: 'none' },
  { min: 4, max: 6, code: 'monitor' },
  { min: 8, max: 12, code: 'controlPlan' },
  { min: 16, max: 16, code: 'controlPlanAndAction' },
]);

/**
 * The handling a risk value calls for. Null for an unscored risk, and for a value no band
 * covers, so that a gap in a plan's own thresholds shows up instead of being guessed at.
 * Bands are inclusive; when bands overlap the first listed wins.
 */
export function handlingClass(
  value: number | null,
  thresholds: readonly HandlingThreshold[] = DEFAULT_RISK_THRESHOLDS,
): HandlingCode | null {
  if (value === null) return null;
  return thresholds.find((band) => value >= band.min && value <= band.max)?.code ?? null;
}
