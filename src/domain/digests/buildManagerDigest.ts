import type { IsoDate, Plan } from '../plan/types';
import type { OpenOccasionRow, StatusCountRow } from '../ports/DigestQueries';
import { addCountRow } from './addCountRow';
import { workingDaysBetween } from '../schedule/workingDaysBetween';
import { emptyCounts, type DigestCounts } from './DigestCounts';
import type { DigestPeriod } from './DigestPeriod';
import type { ManagerDigest } from './ManagerDigest';
import { planLookup } from './planLookup';
import { scalesOf } from './scalesOf';
import { pairKey, type ResponsibleManager } from './responsibleManagers';

export interface ManagerDigestInput {
  plan: Plan;
  manager: ResponsibleManager;
  period: DigestPeriod;
  today: IsoDate;
  /** statusCounts for the manager's units grouped by controlId and unitId. */
  counts: StatusCountRow[];
  overdueCounts: StatusCountRow[];
  /** Open occasions of the manager's units, oldest first. */
  open: OpenOccasionRow[];
  openActionsByUnit: Map<string, number>;
  remindersByOccasion: Map<string, number>;
  maxItems: number;
}

/** One manager's digest: only the control × unit pairs they are responsible for count. */
export function buildManagerDigest(input: ManagerDigestInput): ManagerDigest {
  const names = planLookup(input.plan);
  const mine = (row: { key: StatusCountRow['key'] }) =>
    input.manager.pairs.has(pairKey(row.key.controlId ?? '', row.key.unitId ?? ''));
  const totals = emptyCounts();
  const units = new Map<string, DigestCounts>(input.manager.unitIds.map((id) => [id, emptyCounts()]));
  for (const row of input.counts.filter(mine)) {
    addCountRow(totals, row);
    const unit = units.get(row.key.unitId ?? '');
    if (unit) addCountRow(unit, row);
  }
  for (const row of input.overdueCounts.filter(mine)) {
    totals.overdue += row.count;
    const unit = units.get(row.key.unitId ?? '');
    if (unit) unit.overdue += row.count;
  }
  const missing = input.open
    .filter((row) => input.manager.pairs.has(pairKey(row.controlId, row.unitId)))
    .slice(0, input.maxItems)
    .map((row) => ({
      occasionId: row.occasionId,
      controlTitle: names.controlTitle(row.controlId),
      unitName: names.unitName(row.unitId),
      periodKey: row.periodKey,
      dueDate: row.dueDate,
      daysOverdue: Math.max(0, workingDaysBetween(row.dueDate, input.today)),
      performerName: names.performerName(row.controlId, row.unitId),
      reminders: input.remindersByOccasion.get(row.occasionId) ?? 0,
    }));
  return {
    person: input.manager.person,
    planId: input.plan.id,
    planTitle: input.plan.title,
    period: input.period,
    today: input.today,
    scales: scalesOf({
      ...input.plan,
      riskAreas: input.plan.riskAreas.map((area) => ({
        ...area,
        controls: area.controls.filter((control) =>
          input.manager.unitIds.some((unitId) => input.manager.pairs.has(pairKey(control.id, unitId))),
        ),
      })),
    }),
    totals,
    byUnit: [...units].map(([id, counts]) => ({ id, name: names.unitName(id), counts })),
    openActions: input.manager.unitIds.reduce((sum, id) => sum + (input.openActionsByUnit.get(id) ?? 0), 0),
    missing,
    remindersKnown: input.remindersByOccasion.size > 0,
  };
}
