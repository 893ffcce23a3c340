import type { AnyBulkWriteOperation, Collection, Db } from 'mongodb';
import type { Occasion } from '../../../domain/plan/types';
import type {
  OccasionQuery,
  OccasionRecord,
  OccasionRepository,
  OccasionStatus,
  OccasionSyncSummary,
  SaveResultOutcome,
  StoredResult,
} from '../../../domain/ports/OccasionRepository';
import {
  MongoOccasionProjections,
  VIEWS_LEASE_MS,
  type ViewsOptions,
} from './views/MongoOccasionProjections';
import { toDocument, toFilter, toRecord, type OccasionDocument } from './OccasionDocument';
import { batchedBulkWrite } from '../batching/batchedBulkWrite';
import { batchedFindByIds } from '../batching/batchedFind';

export { toDocument, toFilter, toRecord, type OccasionDocument } from './OccasionDocument';

const CHUNK = 1000;

export class MongoOccasionRepository implements OccasionRepository {
  readonly collection: Collection<OccasionDocument>;
  /** Digest counters and report lines, kept up to date here (see OccasionProjection). */
  readonly projections: MongoOccasionProjections;
  private readonly clock: () => Date;
  /** The views' done marks of concurrent results, written together (see batchedBulkWrite). */
  private readonly settled: (operations: Array<AnyBulkWriteOperation<OccasionDocument>>) => Promise<void>;
  /** Occasions read by _id at the same moment, read together with $in (see batchedFind). */
  private readonly byIds: (ids: readonly string[]) => Promise<OccasionDocument[]>;

  constructor(db: Db, options: ViewsOptions = {}) {
    this.collection = db.collection<OccasionDocument>('occasions');
    this.projections = new MongoOccasionProjections(db, options);
    this.clock = options.clock ?? (() => new Date());
    this.settled = batchedBulkWrite(this.collection);
    this.byIds = batchedFindByIds(this.collection);
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
    const updates: AnyBulkWriteOperation<OccasionDocument>[] = toUpdate.map(({ id, set }) => ({
      updateOne: { filter: { _id: id }, update: { $set: set } },
    }));
    for (let i = 0; i < updates.length; i += CHUNK) {
      await this.collection.bulkWrite(updates.slice(i, i + CHUNK), { ordered: false });
    }
    if (goneControls.size > 0) {
      // Only occasions still without a result go: one answered meanwhile is kept (and retired).
      const controlId = { $in: [...goneControls] };
      await this.collection.deleteMany({ planId, controlId, version: 0 });
      await this.collection.updateMany(
        { planId, controlId, version: { $gt: 0 }, retired: false },
        { $set: { retired: true, updatedAt: at } },
      );
    }
    const deletable = toDelete.filter((candidate) => !gone(candidate));
    for (let i = 0; i < deletable.length; i += CHUNK) {
      await this.collection.deleteMany({ _id: { $in: deletable.slice(i, i + CHUNK) }, version: 0 });
    }
    const retirable = toRetire.filter((candidate) => !gone(candidate));
    for (let i = 0; i < retirable.length; i += CHUNK) {
      await this.collection.updateMany(
        { _id: { $in: retirable.slice(i, i + CHUNK) } },
        { $set: { retired: true, updatedAt: at } },
      );
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
    const [document] = await this.byIds([id]);
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
    const version = expectedVersion + 1;
    const set = {
      status,
      result,
      assessment: result.result.kind === 'performed' ? result.result.assessment : null,
      deviations: result.result.kind === 'performed' ? result.result.deviations : 0,
      version,
      updatedAt: at,
    };
    // The claim: one conditional update on {_id, version}. Of any number of writers in any number
    // of processes exactly one matches; it gets the state before its write, and only it moves the
    // views, from that state to the one it wrote, so each transition counts once.
    const before = await this.collection.findOneAndUpdate(
      { _id: id, version: expectedVersion },
      { $set: { ...set, viewsPending: true, viewsMark: this.clock() } },
      { returnDocument: 'before' },
    );
    if (!before) {
      const current = await this.collection.findOne({ _id: id });
      if (current) await this.settleIfWriterDied(current);
      return { saved: false, current: current ? toRecord(current) : null };
    }
    const after: OccasionDocument = { ...before, ...set };
    await this.projections.apply(before, after);
    await this.settled([
      {
        updateOne: {
          filter: { _id: id, version },
          update: { $set: { viewsPending: false, viewsMark: this.clock() } },
        },
      },
    ]);
    return { saved: true, record: toRecord(after) };
  }

  /**
   * A result stored by a writer that stopped before moving the views (its mark is still pending
   * after the views lease) is rolled forward by the next writer who finds it: the plan's views are
   * rebuilt, so the digest counters and report lines count it.
   */
  async settleIfWriterDied(
    document: Pick<OccasionDocument, 'planId' | 'viewsPending' | 'viewsMark'>,
  ): Promise<boolean> {
    if (!document.viewsPending || !document.viewsMark) return false;
    if (document.viewsMark.getTime() >= this.clock().getTime() - VIEWS_LEASE_MS) return false;
    return (await this.projections.settle([document.planId])).length > 0;
  }

  /** Rolls forward the views of an occasion whose writer died (see settleIfWriterDied); true when it did. */
  async settleViews(id: string): Promise<boolean> {
    const document = await this.collection.findOne(
      { _id: id },
      { projection: { planId: 1, viewsPending: 1, viewsMark: 1 } },
    );
    return document ? this.settleIfWriterDied(document) : false;
  }
}
