import type { HandlingThreshold } from '../domain/plan/types';

/** Vaggeryd's risk matrix (seed 000), used when a plan file gives no thresholds of its own. */
export const defaultRiskThresholds: readonly HandlingThreshold[] = [
  { min: 1, max: 3, code: 'none' },
  { min: 4, max: 6, code: 'monitor' },
  { min: 8, max: 12, code: 'controlPlan' },
  { min: 16, max: 16, code: 'controlPlanAndAction' },
];
