import { buildManagerDigest } from '../domain/digests/buildManagerDigest';
import type { DigestPeriod } from '../domain/digests/DigestPeriod';
import type { ManagerDigest } from '../domain/digests/ManagerDigest';
import { digestPeriodForPlan } from '../domain/digests/planYearPeriod';
import { responsibleManagers } from '../domain/digests/responsibleManagers';
import type { IsoDate, Plan } from '../domain/plan/types';
import type { DigestPorts } from './DigestPorts';

const MAX_ITEMS = 20;
/** Open occasions read per manager before filtering to their own control × unit pairs. */
const OPEN_READ_LIMIT = 500;

/** One digest per responsible manager (ansvarig) of the plan, for the controls of their units. */
export async function computeManagerDigests(
  ports: Pick<DigestPorts, 'queries'>,
  plan: Plan,
  requested: DigestPeriod,
  today: IsoDate,
): Promise<ManagerDigest[]> {
  const period = digestPeriodForPlan(plan, requested);
  const managers = responsibleManagers(plan);
  if (managers.length === 0) return [];
  const scope = { planId: plan.id, from: period.from, to: period.to };
  const allUnits = [...new Set(managers.flatMap((manager) => manager.unitIds))];
  const [counts, overdueCounts, openActionsByUnit] = await Promise.all([
    ports.queries.statusCounts(scope, ['controlId', 'unitId']),
    ports.queries.overdueCounts(scope, today, ['controlId', 'unitId']),
    ports.queries.openActionCounts(plan.id, allUnits),
  ]);
  const digests: ManagerDigest[] = [];
  for (const manager of managers) {
    const open = await ports.queries.openOccasions({ ...scope, unitIds: manager.unitIds }, OPEN_READ_LIMIT);
    const listed = open.slice(0, OPEN_READ_LIMIT).map((row) => row.occasionId);
    const remindersByOccasion = await ports.queries.reminderCounts(listed);
    digests.push(
      buildManagerDigest({
        plan,
        manager,
        period,
        today,
        counts,
        overdueCounts,
        open,
        openActionsByUnit,
        remindersByOccasion,
        maxItems: MAX_ITEMS,
      }),
    );
  }
  return digests;
}
