import type { Occasion } from '../plan/types';

/**
 * A stable identity for an occasion, e.g. "VAG-SOF-2025/VAG25-K1/ifo/2025-06": the same occasion
 * always gets the same key, so reminders and results can be upserted idempotently.
 */
export function occasionKey(occasion: Pick<Occasion, 'planId' | 'controlId' | 'unitId' | 'period'>): string {
  return `${occasion.planId}/${occasion.controlId}/${occasion.unitId}/${occasion.period.key}`;
}
