import type { Db, Document, Filter } from 'mongodb';
import type { IsoDate } from '../../domain/plan/types';
import type { OccasionStatus } from '../../domain/ports/OccasionRepository';
import type {
  DigestGroupField,
  DigestQueries,
  DigestScope,
  OpenOccasionRow,
  StatusCountRow,
} from '../../domain/ports/DigestQueries';
import type { OccasionDocument } from './MongoOccasionRepository';

/** Action statuses that mean the action is finished (Swedish as stored by the card flow, or codes). */
const CLOSED_ACTION_STATUSES = ['Genomförd', 'Klar', 'Avslutad', 'done', 'closed'];
const ID_CHUNK = 1000;

/**
 * The digests' and the report's numbers, computed with $match/$group/$sum/$sort/$project only, so
 * that FerretDB 1.24 runs them too. Rows are per group (risk area, unit, control) × status ×
 * assessment: their number does not grow with the number of results.
 */
export class MongoDigestQueries implements DigestQueries {
  constructor(private readonly db: Db) {}

  private get occasions() {
    return this.db.collection<OccasionDocument>('occasions');
  }

  async statusCounts(scope: DigestScope, by: DigestGroupField[]): Promise<StatusCountRow[]> {
    return this.group(scopeFilter(scope), by, true);
  }

  async overdueCounts(scope: DigestScope, today: IsoDate, by: DigestGroupField[]): Promise<StatusCountRow[]> {
    return this.group(overdueFilter(scope, today), by, false);
  }

  async overdueOccasions(scope: DigestScope, today: IsoDate, limit: number): Promise<OpenOccasionRow[]> {
    return this.openRows(overdueFilter(scope, today), limit);
  }

  async openOccasions(scope: DigestScope, limit: number): Promise<OpenOccasionRow[]> {
    return this.openRows({ ...scopeFilter(scope), status: 'open' }, limit);
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
    // The insert-only outbox keeps items (with occasionId) in 'outbox' and each item's outcome in
    // 'outboxResults' under the same _id: a reminder counts once its result is 'sent'.
    const counts = new Map<string, number>();
    for (let i = 0; i < occasionIds.length; i += ID_CHUNK) {
      const items = await this.db
        .collection<{ _id: string; occasionId: string }>('outbox')
        .find(
          { occasionId: { $in: occasionIds.slice(i, i + ID_CHUNK) } },
          { projection: { _id: 1, occasionId: 1 } },
        )
        .toArray();
      if (items.length === 0) continue;
      const occasionOf = new Map(items.map((item) => [item._id, item.occasionId]));
      const sent = await this.db
        .collection<{ _id: string; status: string }>('outboxResults')
        .find({ _id: { $in: [...occasionOf.keys()] }, status: 'sent' }, { projection: { _id: 1 } })
        .toArray();
      for (const result of sent) {
        const occasionId = occasionOf.get(result._id);
        if (occasionId) counts.set(occasionId, (counts.get(occasionId) ?? 0) + 1);
      }
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
      // FerretDB 1.24 answers { $sum: '$deviations' } with 0 (measured); grouping by the value and
      // multiplying by the count in code gives the same sum on both databases, with few extra rows.
      id.deviations = '$deviations';
    }
    const pipeline: Document[] = [{ $match: match }, { $group: { _id: id, count: { $sum: 1 } } }];
    const rows = await this.occasions
      .aggregate<{ _id: Record<string, string | number | null>; count: number }>(pipeline)
      .toArray();
    return rows.map((row) => ({
      key: Object.fromEntries(by.map((field) => [field, String(row._id[field] ?? '')])),
      status: withStatus ? (row._id.status as OccasionStatus) : 'open',
      assessment: withStatus ? ((row._id.assessment as string | null) ?? null) : null,
      count: row.count,
      deviations: row.count * (Number(row._id.deviations) || 0),
    }));
  }

  private async openRows(filter: Filter<OccasionDocument>, limit: number): Promise<OpenOccasionRow[]> {
    const documents = await this.occasions
      .find(filter, {
        projection: { _id: 1, riskAreaId: 1, controlId: 1, unitId: 1, periodKey: 1, dueDate: 1 },
      })
      .sort({ dueDate: 1, controlId: 1, unitId: 1 })
      .limit(limit)
      .toArray();
    return documents.map((document) => ({
      occasionId: document._id,
      riskAreaId: document.riskAreaId,
      controlId: document.controlId,
      unitId: document.unitId,
      periodKey: document.periodKey,
      dueDate: document.dueDate,
    }));
  }
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
  const before = today < scope.to ? today : addOneDay(scope.to);
  return { ...scopeFilter(scope), status: 'open', dueDate: { $gte: scope.from, $lt: before } };
}

/** The day after an ISO date, as a string bound for $lt (so the whole period is included). */
function addOneDay(date: IsoDate): IsoDate {
  const next = new Date(`${date}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next.toISOString().slice(0, 10);
}
