import type { Collection, Db, Filter } from 'mongodb';
import type { Occasion } from '../../domain/plan/types';
import type {
  OccasionQuery,
  OccasionRecord,
  OccasionRepository,
  OccasionStatus,
  OccasionSyncSummary,
  SaveResultOutcome,
  StoredResult,
} from '../../domain/ports/OccasionRepository';
import { occasionKey } from '../../domain/schedule/occasionKey';
import { MongoOccasionProjections } from './MongoOccasionProjections';

/** Flat fields so that every filter and $group runs on top-level, indexable values. */
export interface OccasionDocument {
  _id: string;
  planId: string;
  year: number;
  riskAreaId: string;
  controlId: string;
  unitId: string;
  periodKey: string;
  periodStart: string;
  periodEnd: string;
  dueDate: string;
  /** YYYY-MM of the due date, for per-month grouping. */
  dueMonth: string;
  status: OccasionStatus;
  version: number;
  result?: StoredResult;
  /** Copied from result on save so that $group can count and $sum them (digests, report). */
  assessment?: string | null;
  deviations?: number;
  retired: boolean;
  updatedAt: Date;
}

/** One claimed result version (collection resultVersions, _id "<occasionId>#v<version>"). */
interface ResultVersionDocument {
  _id: string;
  occasionId: string;
  version: number;
  status: Exclude<OccasionStatus, 'open'>;
  result: StoredResult;
  at: Date;
}

const CHUNK = 2000;

export class MongoOccasionRepository implements OccasionRepository {
  readonly collection: Collection<OccasionDocument>;
  private readonly resultVersions: Collection<ResultVersionDocument>;
  /** Digest counters and report lines, kept up to date here (see OccasionProjection). */
  readonly projections: MongoOccasionProjections;

  constructor(db: Db) {
    this.collection = db.collection<OccasionDocument>('occasions');
    this.resultVersions = db.collection<ResultVersionDocument>('resultVersions');
    this.projections = new MongoOccasionProjections(db);
  }

  async sync(
    planId: string,
    occasions: Occasion[],
    riskAreaOf: (controlId: string) => string,
    at: Date,
  ): Promise<OccasionSyncSummary> {
    const summary: OccasionSyncSummary = { added: 0, updated: 0, removed: 0, retired: 0, unchanged: 0 };
    const existing = new Map<
      string,
      Pick<
        OccasionDocument,
        '_id' | 'controlId' | 'dueDate' | 'periodStart' | 'periodEnd' | 'riskAreaId' | 'version' | 'retired'
      >
    >();
    const cursor = this.collection.find(
      { planId },
      {
        projection: {
          _id: 1,
          controlId: 1,
          dueDate: 1,
          periodStart: 1,
          periodEnd: 1,
          riskAreaId: 1,
          version: 1,
          retired: 1,
        },
      },
    );
    for await (const document of cursor) existing.set(document._id, document);

    const toInsert: OccasionDocument[] = [];
    const toUpdate: Array<{ id: string; set: Partial<OccasionDocument> }> = [];
    const wanted = new Set<string>();
    for (const occasion of occasions) {
      const document = toDocument(occasion, riskAreaOf(occasion.controlId), at);
      wanted.add(document._id);
      const current = existing.get(document._id);
      if (!current) {
        toInsert.push(document);
      } else if (
        current.dueDate !== document.dueDate ||
        current.periodStart !== document.periodStart ||
        current.periodEnd !== document.periodEnd ||
        current.riskAreaId !== document.riskAreaId ||
        current.retired
      ) {
        const { dueDate, dueMonth, periodStart, periodEnd, riskAreaId } = document;
        toUpdate.push({
          id: document._id,
          set: { dueDate, dueMonth, periodStart, periodEnd, riskAreaId, retired: false, updatedAt: at },
        });
      } else {
        summary.unchanged += 1;
      }
    }
    const toDelete: string[] = [];
    const toRetire: string[] = [];
    // Controls that left the plan entirely: their occasions go with one write per control.
    const wantedControls = new Set(occasions.map((occasion) => occasion.controlId));
    const goneControls = new Set<string>();
    for (const [id, current] of existing) {
      if (wanted.has(id)) continue;
      if (current.version > 0) {
        if (!current.retired) toRetire.push(id);
      } else {
        toDelete.push(id);
      }
      if (!wantedControls.has(current.controlId)) goneControls.add(current.controlId);
    }
    const gone = (id: string): boolean => goneControls.has(existing.get(id)?.controlId ?? '');

    for (let i = 0; i < toInsert.length; i += CHUNK) {
      const chunk = toInsert.slice(i, i + CHUNK);
      try {
        await this.collection.insertMany(chunk, { ordered: false });
      } catch (error) {
        // Another importer inserted the same occasions at the same moment: the unique key kept one copy.
        if ((error as { code?: number }).code !== 11000) throw error;
      }
    }
    // One write per occasion by _id, or per removed control: on FerretDB 1.24 a bulkWrite of ~100
    // updates, or an $in of a few hundred ids, did not finish within minutes (seen in the planImport
    // bench), while single-document writes by _id take a few ms each.
    for (const { id, set } of toUpdate) {
      await this.collection.updateOne({ _id: id }, { $set: set });
    }
    for (const controlId of goneControls) {
      // Only occasions still without a result: one answered meanwhile is kept.
      await this.collection.deleteMany({ planId, controlId, version: 0 });
      await this.collection.updateMany(
        { planId, controlId, version: { $gt: 0 }, retired: false },
        { $set: { retired: true, updatedAt: at } },
      );
    }
    for (const id of toDelete.filter((candidate) => !gone(candidate))) {
      await this.collection.deleteOne({ _id: id, version: 0 });
    }
    for (const id of toRetire.filter((candidate) => !gone(candidate))) {
      await this.collection.updateOne({ _id: id }, { $set: { retired: true, updatedAt: at } });
    }
    summary.added = toInsert.length;
    summary.updated = toUpdate.length;
    summary.removed = toDelete.length;
    summary.retired = toRetire.length;
    const changed = summary.added + summary.updated + summary.removed + summary.retired > 0;
    if (changed || !(await this.projections.counters.hasCounters(planId))) {
      await this.projections.rebuild(planId);
    }
    return summary;
  }

  async findById(id: string): Promise<OccasionRecord | null> {
    const document = await this.collection.findOne({ _id: id });
    return document ? toRecord(document) : null;
  }

  async find(query: OccasionQuery, limit = 0): Promise<OccasionRecord[]> {
    const documents = await this.collection
      .find(toFilter(query))
      .sort({ dueDate: 1, controlId: 1, unitId: 1, _id: 1 })
      .limit(limit)
      .toArray();
    return documents.map(toRecord);
  }

  async count(query: OccasionQuery): Promise<number> {
    return this.collection.countDocuments(toFilter(query));
  }

  async saveResult(
    id: string,
    expectedVersion: number,
    status: Exclude<OccasionStatus, 'open'>,
    result: StoredResult,
    at: Date,
  ): Promise<SaveResultOutcome> {
    const beforeDocument = await this.collection.findOne({ _id: id });
    const before = beforeDocument ? toRecord(beforeDocument) : null;
    if (!beforeDocument || !before || before.version !== expectedVersion) {
      return { saved: false, current: before };
    }
    // FerretDB 1.24 does not make a conditional update atomic: two findOneAndUpdate calls on
    // {_id, version} can both match (measured: 45 double wins in 50 races). An insert on a unique
    // _id is atomic there and on MongoDB, so each version is first claimed in resultVersions; only
    // the claim's content is ever written as that version, which also lets a later writer roll
    // forward a winner that stopped between its claim and the occasion update.
    const version = expectedVersion + 1;
    const claim: ResultVersionDocument = {
      _id: `${id}#v${version}`,
      occasionId: id,
      version,
      status,
      result,
      at,
    };
    let winner = claim;
    try {
      await this.resultVersions.insertOne(claim);
    } catch (error) {
      if ((error as { code?: number }).code !== 11000) throw error;
      const existing = await this.resultVersions.findOne({ _id: claim._id });
      if (!existing) throw error;
      winner = existing;
    }
    const set = {
      status: winner.status,
      result: winner.result,
      assessment: winner.result.result.kind === 'performed' ? winner.result.result.assessment : null,
      deviations: winner.result.result.kind === 'performed' ? winner.result.result.deviations : 0,
      version,
      updatedAt: winner.at,
    };
    // The claim makes this transition (expectedVersion -> version) happen once: only its owner
    // moves the counters and report lines, from the state it read to the state it wrote.
    const document = await this.projections.transition(beforeDocument.planId, async () => ({
      value: await this.collection.findOneAndUpdate(
        { _id: id, version: expectedVersion },
        { $set: set },
        { returnDocument: 'after' },
      ),
      ...(winner === claim ? { states: [beforeDocument, { ...beforeDocument, ...set }] as const } : {}),
    }));
    if (winner === claim) {
      // Another writer may have rolled this claim forward first: it wrote exactly this version.
      const record = document ? toRecord(document) : await this.findById(id);
      if (record) return { saved: true, record };
    }
    return { saved: false, current: await this.findById(id) };
  }
}

export function toFilter(query: OccasionQuery): Filter<OccasionDocument> {
  const filter: Filter<OccasionDocument> = {};
  if (query.planId) filter.planId = query.planId;
  if (query.year !== undefined) filter.year = query.year;
  if (query.controlId) filter.controlId = query.controlId;
  if (query.unitIds) filter.unitId = { $in: query.unitIds };
  if (query.statuses) filter.status = { $in: query.statuses };
  if (query.dueFrom || query.dueTo) {
    filter.dueDate = {
      ...(query.dueFrom ? { $gte: query.dueFrom } : {}),
      ...(query.dueTo ? { $lte: query.dueTo } : {}),
    };
  }
  if (query.periodStartedBy) filter.periodStart = { $lte: query.periodStartedBy };
  if (!query.includeRetired) filter.retired = false;
  return filter;
}

/** The stored form of a newly computed occasion: open, version 0. */
export function toDocument(occasion: Occasion, riskAreaId: string, at: Date): OccasionDocument {
  return {
    _id: occasionKey(occasion),
    planId: occasion.planId,
    year: Number(occasion.period.start.slice(0, 4)),
    riskAreaId,
    controlId: occasion.controlId,
    unitId: occasion.unitId,
    periodKey: occasion.period.key,
    periodStart: occasion.period.start,
    periodEnd: occasion.period.end,
    dueDate: occasion.dueDate,
    dueMonth: occasion.dueDate.slice(0, 7),
    status: 'open',
    version: 0,
    retired: false,
    updatedAt: at,
  };
}

export function toRecord(document: OccasionDocument): OccasionRecord {
  return {
    id: document._id,
    planId: document.planId,
    controlId: document.controlId,
    unitId: document.unitId,
    period: { key: document.periodKey, start: document.periodStart, end: document.periodEnd },
    dueDate: document.dueDate,
    year: document.year,
    riskAreaId: document.riskAreaId,
    status: document.status,
    version: document.version,
    result: document.result,
    retired: document.retired,
    updatedAt: document.updatedAt,
  };
}
