import type { IsoDate, Plan } from '../plan/types';
import type { UnitPause } from './types';

/** True when the unit or a unit above it is paused on `today` (a pause lasts through its end date). */
export function isPaused(
  plan: Pick<Plan, 'id' | 'units'>,
  unitId: string,
  pauses: readonly UnitPause[],
  today: IsoDate,
): boolean {
  const active = pauses.filter((pause) => pause.planId === plan.id && pause.until >= today);
  if (active.length === 0) return false;
  const seen = new Set<string>();
  for (let current: string | undefined = unitId; current !== undefined && !seen.has(current);) {
    const unitHere: string = current;
    if (active.some((pause) => pause.unitId === unitHere)) return true;
    seen.add(unitHere);
    current = plan.units.find((unit) => unit.id === unitHere)?.parentId;
  }
  return false;
}
