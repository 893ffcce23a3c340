import type { RiskArea } from '../domain/plan/types';
import { riskValue } from '../domain/plan/riskValue';
import type { CardStrings } from '../i18n/cards';
import { fill } from './fill';

/** "S 3 × K 4 = R 12", or "ej bedömd" when the plan gives no score. */
export function riskText(area: Pick<RiskArea, 'probability' | 'consequence'>, t: CardStrings): string {
  const value = riskValue(area);
  if (value === null) return t.riskNotScored;
  return fill(t.riskFormula, { s: area.probability ?? '', k: area.consequence ?? '', r: value });
}
