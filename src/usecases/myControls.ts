import { unitsOfControl } from '../domain/plan/unitsOfControl';
import type { Plan } from '../domain/plan/types';
import type { OccasionRecord, OccasionRepository } from '../domain/ports/OccasionRepository';
import type { PlanRepository } from '../domain/ports/PlanRepository';
import { localDateOf } from '../domain/schedule/localDateOf';
import { authorizeOccasion, type OccasionRole } from './authorizeOccasion';

export interface MyControl {
  plan: Plan;
  occasion: OccasionRecord;
  role: Exclude<OccasionRole, 'none'>;
}

/**
 * The person's open occasions whose period has started (open and overdue), where they are the
 * performer, the substitute or the responsible manager, in every adopted plan. Ordered by due date
 * (then control, unit), the order the "mina kontroller" card numbers them in, so "kontroll 3" means
 * the third. One occasion query per plan, filtered to the person's units in the database and to
 * the person's (control, unit) pairs here.
 */
export async function myControls(
  ports: { plans: PlanRepository; occasions: OccasionRepository },
  aadObjectId: string,
  now: Date,
  timeZone: string,
): Promise<MyControl[]> {
  const today = localDateOf(now, timeZone);
  const found: MyControl[] = [];
  for (const { plan } of await ports.plans.list()) {
    if (plan.status !== 'adopted') continue;
    const roles = new Map<string, Exclude<OccasionRole, 'none'>>();
    for (const area of plan.riskAreas) {
      for (const control of area.controls) {
        for (const unit of unitsOfControl(plan, control)) {
          const role = authorizeOccasion(plan, { controlId: control.id, unitId: unit.id }, aadObjectId);
          if (role !== 'none') roles.set(pairKey(control.id, unit.id), role);
        }
      }
    }
    if (roles.size === 0) continue;
    const unitIds = [...new Set([...roles.keys()].map((key) => key.split('\u0000')[1]))];
    const occasions = await ports.occasions.find({
      planId: plan.id,
      statuses: ['open'],
      periodStartedBy: today,
      unitIds,
    });
    for (const occasion of occasions) {
      const role = roles.get(pairKey(occasion.controlId, occasion.unitId));
      if (role) found.push({ plan, occasion, role });
    }
  }
  return found.sort((a, b) => compare(a.occasion, b.occasion));
}

function pairKey(controlId: string, unitId: string): string {
  return `${controlId}\u0000${unitId}`;
}

function compare(a: OccasionRecord, b: OccasionRecord): number {
  for (const [x, y] of [
    [a.dueDate, b.dueDate],
    [a.controlId, b.controlId],
    [a.unitId, b.unitId],
    [a.id, b.id],
  ]) {
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}
