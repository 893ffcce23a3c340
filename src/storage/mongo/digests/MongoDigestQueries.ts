import { closedActionStatuses } from '../../../domain/actions/actionStatuses';
import type { Db, Document, Filter } from 'mongodb';
import type { IsoDate } from '../../../domain/plan/types';
import type { OccasionStatus } from '../../../domain/ports/OccasionRepository';
import type {
  DigestGroupField,
  DigestQueries,
  DigestScope,
  OpenOccasionRow,
  StatusCountRow,
} from '../../../domain/ports/DigestQueries';
import {
  groupRows,
  MongoOccasionCounters,
  sumGroups,
  type CounterField,
} from '../occasions/views/MongoOccasionCounters';
import type { OccasionDocument } from '../occasions/OccasionDocument';

/** Action statuses that mean the action is finished (Swedish as stored by the card flow, or codes). */
const CLOSED_ACTION_STATUSES = [...closedActionStatuses, 'Klar', 'Avslutad', 'done', 'closed'];
const ID_CHUNK = 1000;

/**
 * The digests' and the report's numbers. Counts of a whole plan by one field (risk area, unit or
 * control) and the open and overdue lists are read from the occasion counters (a few documents per
 * plan and month, kept up to date with every result); counts for some units or by two fields are computed
 * with $match/$group/$sum. Rows are per group × status ×
 * assessment: their number does not grow with the number of results.
 */
export class MongoDigestQueries implements DigestQueries {
  private readonly counters: MongoOccasionCounters;
  /** Reads in progress, shared by the calls one digest makes at once (each reads the same months). */
  private readonly monthReads = new Map<string, ReturnType<MongoOccasionCounters['monthsOf']>>();

  constructor(private readonly db: Db) {
    this.counters = new MongoOccasionCounters(db);
  }

  private months(scope: DigestScope): ReturnType<MongoOccasionCounters['monthsOf']> {
    const key = `${scope.planId}|${scope.from}|${scope.to}`;
    let read = this.monthReads.get(key);
    if (!read) {
      read = this.counters.monthsOf(scope.planId, scope.from, scope.to);
      this.monthReads.set(key, read);
      const forget = () => this.monthReads.delete(key);
      read.then(forget, forget);
    }
    return read;
  }

  private get occasions() {
    return this.db.collection<OccasionDocument>('occasions');
  }

  async statusCounts(scope: DigestScope, by: DigestGroupField[]): Promise<StatusCountRow[]> {
    const field = countedField(scope, by);
    if (!field) return this.group(scopeFilter(scope), by, true);
    const months = await this.months(scope);
    const sums = sumGroups(months, field, (day) => day >= scope.from && day <= scope.to);
    return [...sums].flatMap(([id, group]) =>
      groupRows(group).map((row) => ({ key: { [field]: id }, ...row })),
    );
  }

  async overdueCounts(scope: DigestScope, today: IsoDate, by: DigestGroupField[]): Promise<StatusCountRow[]> {
    const field = countedField(scope, by);
    if (!field) return this.group(overdueFilter(scope, today), by, false);
    const before = overdueBefore(scope, today);
    const months = await this.months(scope);
    const sums = sumGroups(months, field, (day) => day >= scope.from && day < before);
    return [...sums]
      .filter(([, group]) => (group.open ?? 0) > 0)
      .map(([id, group]) => ({
        key: { [field]: id },
        status: 'open' as const,
        assessment: null,
        count: group.open ?? 0,
        deviations: 0,
      }));
  }

  async overdueOccasions(scope: DigestScope, today: IsoDate, limit: number): Promise<OpenOccasionRow[]> {
    return this.open(scope, overdueBefore(scope, today), limit);
  }

  async openOccasions(scope: DigestScope, limit: number): Promise<OpenOccasionRow[]> {
    return this.open(scope, addOneDay(scope.to), limit);
  }

  /** From the counters' open lists (no scan of the occasions), by due date, control and unit. */
  private async open(scope: DigestScope, before: IsoDate, limit: number): Promise<OpenOccasionRow[]> {
    const open = await this.counters.openBefore(scope.planId, scope.from, before, limit, scope.unitIds);
    return open.sort(
      (a, b) =>
        compare(a.dueDate, b.dueDate) || compare(a.controlId, b.controlId) || compare(a.unitId, b.unitId),
    );
  }

  async openActionCounts(planId: string, unitIds: string[]): Promise<Map<string, number>> {
    const rows = await this.db
      .collection('actions')
      .aggregate<{ _id: string; count: number }>([
        { $match: { planId, unitId: { $in: unitIds }, status: { $nin: CLOSED_ACTION_STATUSES } } },
        { $group: { _id: '$unitId', count: { $sum: 1 } } },
      ])
      .toArray();
    return new Map(rows.map((row) => [row._id, row.count]));
  }

  async reminderCounts(occasionIds: string[]): Promise<Map<string, number>> {
    const counts = new Map<string, number>();
    for (let i = 0; i < occasionIds.length; i += ID_CHUNK) {
      const sent = await this.db
        .collection<{ _id: string; occasionId: string }>('outbox')
        .find(
          { occasionId: { $in: occasionIds.slice(i, i + ID_CHUNK) }, status: 'sent' },
          { projection: { _id: 0, occasionId: 1 } },
        )
        .toArray();
      for (const { occasionId } of sent) counts.set(occasionId, (counts.get(occasionId) ?? 0) + 1);
    }
    return counts;
  }

  private async group(
    match: Filter<OccasionDocument>,
    by: DigestGroupField[],
    withStatus: boolean,
  ): Promise<StatusCountRow[]> {
    const id: Record<string, string> = Object.fromEntries(by.map((field) => [field, `$${field}`]));
    if (withStatus) {
      id.status = '$status';
      id.assessment = '$assessment';
    }
    const pipeline: Document[] = [
      { $match: match },
      { $group: { _id: id, count: { $sum: 1 }, deviations: { $sum: '$deviations' } } },
    ];
    const rows = await this.occasions
      .aggregate<{ _id: Record<string, string | number | null>; count: number; deviations: number }>(pipeline)
      .toArray();
    return rows.map((row) => ({
      key: Object.fromEntries(by.map((field) => [field, String(row._id[field] ?? '')])),
      status: withStatus ? (row._id.status as OccasionStatus) : 'open',
      assessment: withStatus ? ((row._id.assessment as string | null) ?? null) : null,
      count: row.count,
      deviations: withStatus ? Number(row.deviations) || 0 : 0,
    }));
  }
}

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** The counters answer for a whole plan grouped by one field; anything else is aggregated. */
function countedField(scope: DigestScope, by: DigestGroupField[]): CounterField | null {
  return !scope.unitIds && by.length === 1 ? by[0] : null;
}

/** Occasions due before this date are overdue: today, or the day after the period when it has ended. */
function overdueBefore(scope: DigestScope, today: IsoDate): IsoDate {
  return today < scope.to ? today : addOneDay(scope.to);
}

function scopeFilter(scope: DigestScope): Filter<OccasionDocument> {
  const filter: Filter<OccasionDocument> = {
    planId: scope.planId,
    retired: false,
    dueDate: { $gte: scope.from, $lte: scope.to },
  };
  if (scope.unitIds) filter.unitId = { $in: scope.unitIds };
  return filter;
}

function overdueFilter(scope: DigestScope, today: IsoDate): Filter<OccasionDocument> {
  const before = overdueBefore(scope, today);
  return { ...scopeFilter(scope), status: 'open', dueDate: { $gte: scope.from, $lt: before } };
}

/** The day after an ISO date, as a string bound for $lt (so the whole period is included). */
function addOneDay(date: IsoDate): IsoDate {
  const next = new Date(`${date}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next.toISOString().slice(0, 10);
}
