import type { PlanRepository, StoredPlan } from '../domain/ports/PlanRepository';

export type StoredPlanChoice =
  | { found: true; stored: StoredPlan }
  | { found: false; reason: 'noPlan' | 'notInYear' | 'several' | 'unknownId'; candidates: string[] };

/**
 * The plan a command means: by id, else the one plan of the year, else (no year) the plan of the
 * current year or the newest one stored. Several plans in a year need an id.
 */
export async function selectStoredPlan(
  plans: PlanRepository,
  wanted: { year?: number; planId?: string; currentYear?: number },
): Promise<StoredPlanChoice> {
  if (wanted.planId) {
    const stored = await plans.findById(wanted.planId);
    if (stored && (wanted.year === undefined || stored.plan.year === wanted.year))
      return { found: true, stored };
    const candidates = wanted.year !== undefined ? await plans.findByYear(wanted.year) : await plans.list();
    return { found: false, reason: 'unknownId', candidates: candidates.map((s) => s.plan.id) };
  }
  if (wanted.year !== undefined) {
    const ofYear = await plans.findByYear(wanted.year);
    if (ofYear.length === 1) return { found: true, stored: ofYear[0] };
    if (ofYear.length > 1)
      return { found: false, reason: 'several', candidates: ofYear.map((s) => s.plan.id) };
    const all = await plans.list();
    return {
      found: false,
      reason: all.length > 0 ? 'notInYear' : 'noPlan',
      candidates: all.map((s) => s.plan.id),
    };
  }
  const all = await plans.list();
  if (all.length === 0) return { found: false, reason: 'noPlan', candidates: [] };
  const current = all.filter((s) => s.plan.year === wanted.currentYear);
  if (current.length === 1) return { found: true, stored: current[0] };
  if (current.length > 1)
    return { found: false, reason: 'several', candidates: current.map((s) => s.plan.id) };
  // list() is newest year first: the newest plan stands in for "the current plan".
  const newestYear = all.filter((s) => s.plan.year === all[0].plan.year);
  if (newestYear.length === 1) return { found: true, stored: newestYear[0] };
  return { found: false, reason: 'several', candidates: newestYear.map((s) => s.plan.id) };
}
