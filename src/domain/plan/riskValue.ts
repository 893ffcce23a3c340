import type { RiskArea } from './types';

/**
 * Risk value (riskvärde) = probability (sannolikhet) × consequence (konsekvens), 1–16.
 * Null when either grade is missing: an unscored area (Alingsås 2023) must not look like a low risk.
 */
export function riskValue(area: Pick<RiskArea, 'probability' | 'consequence'>): number | null {
  if (area.probability === null || area.consequence === null) return null;
  return area.probability * area.consequence;
}
