import type { IsoDate, Plan } from '../plan/types';
import type { OpenOccasionRow, StatusCountRow } from '../ports/DigestQueries';
import { addCountRow } from './addCountRow';
import { workingDaysBetween } from '../schedule/workingDaysBetween';
import { emptyCounts, type DigestCounts } from './DigestCounts';
import type { DigestPeriod } from './DigestPeriod';
import type { DigestChange, DigestGroup, DigestSnapshot, LeadershipDigest } from './LeadershipDigest';
import { planLookup } from './planLookup';
import { scalesOf } from './scalesOf';

/** The same occasions counted twice: per risk area and per unit (totals come from the areas). */
export interface GroupedRows {
  byRiskArea: StatusCountRow[];
  byUnit: StatusCountRow[];
}

export interface LeadershipDigestInput {
  plan: Plan;
  period: DigestPeriod;
  today: IsoDate;
  /** statusCounts of the whole plan, once grouped by riskAreaId and once by unitId. */
  counts: GroupedRows;
  /** overdueCounts of the whole plan, grouped the same two ways. */
  overdueCounts: GroupedRows;
  overdueList: OpenOccasionRow[];
  /** Last week's snapshot of the same plan and period, if any. */
  previous: DigestSnapshot | null;
}

/** From aggregated rows to the leadership digest: pure, no database, `today` given. */
export function buildLeadershipDigest(input: LeadershipDigestInput): LeadershipDigest {
  const names = planLookup(input.plan);
  const totals = emptyCounts();
  const areas = new Map<string, DigestCounts>(input.plan.riskAreas.map((area) => [area.id, emptyCounts()]));
  const units = new Map<string, DigestCounts>();
  const countsIn = (map: Map<string, DigestCounts>, id: string): DigestCounts => {
    let counts = map.get(id);
    if (!counts) map.set(id, (counts = emptyCounts()));
    return counts;
  };
  for (const row of input.counts.byRiskArea) {
    addCountRow(totals, row);
    addCountRow(countsIn(areas, row.key.riskAreaId ?? ''), row);
  }
  for (const row of input.counts.byUnit) addCountRow(countsIn(units, row.key.unitId ?? ''), row);
  for (const row of input.overdueCounts.byRiskArea) {
    totals.overdue += row.count;
    countsIn(areas, row.key.riskAreaId ?? '').overdue += row.count;
  }
  for (const row of input.overdueCounts.byUnit) countsIn(units, row.key.unitId ?? '').overdue += row.count;
  const byRiskArea: DigestGroup[] = [...areas].map(([id, counts]) => ({
    id,
    name: names.riskAreaTitle(id),
    counts,
  }));
  const byUnit: DigestGroup[] = [...units]
    .map(([id, counts]) => ({ id, name: names.unitName(id), counts }))
    .sort(
      (a, b) =>
        b.counts.missing - a.counts.missing ||
        b.counts.overdue - a.counts.overdue ||
        a.name.localeCompare(b.name, 'sv'),
    );
  return {
    planId: input.plan.id,
    planTitle: input.plan.title,
    organisation: input.plan.organisation,
    period: input.period,
    today: input.today,
    scales: scalesOf(input.plan),
    totals,
    byRiskArea,
    byUnit,
    overdue: input.overdueList.map((row) => ({
      occasionId: row.occasionId,
      controlTitle: names.controlTitle(row.controlId),
      unitName: names.unitName(row.unitId),
      performerName: names.performerName(row.controlId, row.unitId),
      dueDate: row.dueDate,
      daysOverdue: Math.max(0, workingDaysBetween(row.dueDate, input.today)),
    })),
    change: input.previous ? changeSince(totals, input.previous) : null,
  };
}

export function changeSince(totals: DigestCounts, previous: DigestSnapshot): DigestChange {
  return {
    since: previous.takenOn,
    done: totals.done - previous.totals.done,
    missing: totals.missing - previous.totals.missing,
    overdue: totals.overdue - previous.totals.overdue,
    deviations: totals.deviations - previous.totals.deviations,
  };
}

/** What to store of this digest, so that next week's digest can show the change. */
export function snapshotOf(digest: LeadershipDigest): DigestSnapshot {
  return {
    planId: digest.planId,
    periodKey: digest.period.key,
    takenOn: digest.today,
    totals: digest.totals,
    byRiskArea: Object.fromEntries(digest.byRiskArea.map((group) => [group.id, group.counts])),
  };
}
