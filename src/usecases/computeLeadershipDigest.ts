import { buildLeadershipDigest } from '../domain/digests/buildLeadershipDigest';
import type { DigestPeriod } from '../domain/digests/DigestPeriod';
import type { LeadershipDigest } from '../domain/digests/LeadershipDigest';
import { digestPeriodForPlan } from '../domain/digests/planYearPeriod';
import type { IsoDate, Plan } from '../domain/plan/types';
import { addDays } from '../domain/schedule/addDays';
import { actionDigestSection } from './actions/actionDigestSection';
import type { DigestPorts } from './DigestPorts';

export interface ComputedLeadershipDigest {
  digest: LeadershipDigest;
  overdueTotal: number;
}

/** The leadership digest of one plan and period: counts per risk area and unit, a short overdue list and last week's snapshot. */
export async function computeLeadershipDigest(
  ports: Pick<DigestPorts, 'queries' | 'snapshots' | 'actions'>,
  plan: Plan,
  requested: DigestPeriod,
  today: IsoDate,
  maxOverdue = 15,
): Promise<ComputedLeadershipDigest> {
  const period = digestPeriodForPlan(plan, requested);
  const scope = { planId: plan.id, from: period.from, to: period.to };
  const [byRiskArea, byUnit, overdueByRiskArea, overdueByUnit, overdueList, previous] = await Promise.all([
    ports.queries.statusCounts(scope, ['riskAreaId']),
    ports.queries.statusCounts(scope, ['unitId']),
    ports.queries.overdueCounts(scope, today, ['riskAreaId']),
    ports.queries.overdueCounts(scope, today, ['unitId']),
    ports.queries.overdueOccasions(scope, today, maxOverdue),
    ports.snapshots.latest(plan.id, period.key, addDays(today, -6)),
  ]);
  const digest = buildLeadershipDigest({
    plan,
    period,
    today,
    counts: { byRiskArea, byUnit },
    overdueCounts: { byRiskArea: overdueByRiskArea, byUnit: overdueByUnit },
    overdueList,
    previous,
  });
  if (ports.actions) digest.actions = await actionDigestSection(ports.actions, plan.id, undefined, today);
  return { digest, overdueTotal: digest.totals.overdue };
}
