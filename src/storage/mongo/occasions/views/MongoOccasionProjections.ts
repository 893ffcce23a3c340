import type { Collection, Db } from 'mongodb';
import type { OccasionDocument } from '../OccasionDocument';
import { MongoOccasionCounters } from './MongoOccasionCounters';
import { MongoReportLines } from './MongoReportLines';
import type { OccasionProjection, OccasionState } from './OccasionProjection';

const STATE_FIELDS: Record<keyof OccasionState, 1> = {
  _id: 1,
  planId: 1,
  riskAreaId: 1,
  controlId: 1,
  unitId: 1,
  periodKey: 1,
  periodStart: 1,
  dueDate: 1,
  status: 1,
  assessment: 1,
  deviations: 1,
  retired: 1,
  result: 1,
};

/** A writer whose result is stored but whose view update is not done after this long is taken as dead. */
export const VIEWS_LEASE_MS = 30_000;
/** Allowance for clocks of several bot processes that differ a little. */
const CLOCK_SKEW_MS = 2_000;
/** Rebuilds of one plan in a row while results keep arriving, before it gives up for now. */
const MAX_ROUNDS = 8;

export interface ViewsOptions {
  /** The wall clock (markers measure whether a writer is alive, not the simulated date). */
  clock?: () => Date;
  sleep?: (ms: number) => Promise<void>;
}

/**
 * Every view kept beside the occasions: the digest counters and the report lines. A result moves
 * them with single-document atomic updates ($inc, $addToSet/$pull, $set/$unset of one line) by the
 * one writer whose conditional update stored the result, so several processes need no lock.
 */
export class MongoOccasionProjections {
  readonly counters: MongoOccasionCounters;
  readonly reportLines: MongoReportLines;
  private readonly all: OccasionProjection[];
  private readonly occasions: Collection<OccasionDocument>;
  private readonly clock: () => Date;
  private readonly sleep: (ms: number) => Promise<void>;

  constructor(db: Db, options: ViewsOptions = {}) {
    this.counters = new MongoOccasionCounters(db);
    this.reportLines = new MongoReportLines(db);
    this.all = [this.counters, this.reportLines];
    this.occasions = db.collection<OccasionDocument>('occasions');
    this.clock = options.clock ?? (() => new Date());
    this.sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
  }

  /** Moves every view from `before` to `after` of one occasion (null: the occasion does not exist). */
  async apply(before: OccasionState | null, after: OccasionState | null): Promise<void> {
    await Promise.all(this.all.map((projection) => projection.apply(before, after)));
  }

  /**
   * Recomputes every view of a plan from one scan of its occasions; returns how many were read.
   *
   * No lock: a result stored by any process while the scan runs would be counted twice or lost by
   * the replace, so after writing, the rebuild looks for occasions of the plan whose writer marked
   * them (viewsMark) since the scan began, or is still at work; if there are any, it waits a moment
   * and rebuilds again, until a round saw no result arrive. Markers of writers that died (pending
   * beyond VIEWS_LEASE_MS) are cleared: their results are in the rebuilt views now.
   */
  async rebuild(planId: string): Promise<number> {
    for (let round = 1; ; round += 1) {
      const started = this.clock();
      const read = await this.rebuildOnce(planId);
      if (!(await this.resultsArrivedSince(planId, started)) || round >= MAX_ROUNDS) {
        await this.occasions.updateMany(
          { planId, viewsPending: true, viewsMark: { $lt: new Date(started.getTime() - VIEWS_LEASE_MS) } },
          { $set: { viewsPending: false } },
        );
        return read;
      }
      await this.sleep(50 * round);
    }
  }

  /**
   * Rebuilds the views of the plans where a writer died between storing a result and moving the
   * views (a mark pending longer than VIEWS_LEASE_MS); returns the plans rebuilt.
   */
  async settle(planIds: readonly string[]): Promise<string[]> {
    const cutoff = new Date(this.clock().getTime() - VIEWS_LEASE_MS);
    const settled: string[] = [];
    for (const planId of planIds) {
      const dead = await this.occasions.findOne(
        { planId, viewsPending: true, viewsMark: { $lt: cutoff } },
        { projection: { _id: 1 } },
      );
      if (!dead) continue;
      await this.rebuild(planId);
      settled.push(planId);
    }
    return settled;
  }

  private async rebuildOnce(planId: string): Promise<number> {
    const builders = this.all.map((projection) => projection.rebuild(planId));
    let read = 0;
    const cursor = this.occasions.find({ planId }, { projection: STATE_FIELDS, batchSize: 2000 });
    for await (const occasion of cursor) {
      for (const builder of builders) builder.add(occasion);
      read += 1;
    }
    await Promise.all(builders.map((builder) => builder.finish()));
    return read;
  }

  /**
   * True when a result of the plan was written, or its views moved, since `since`, or a live writer
   * is still at it. viewsMark has no index on purpose: every result writes it, and an index would
   * cost each result more (measured on the embedded database: 57 against 92 results/s at 50
   * concurrent) than this server-side filter of the plan's occasions costs a rebuild.
   */
  private async resultsArrivedSince(planId: string, since: Date): Promise<boolean> {
    const leaseCutoff = this.clock().getTime() - VIEWS_LEASE_MS;
    const from = new Date(Math.min(since.getTime() - CLOCK_SKEW_MS, leaseCutoff));
    const marked = await this.occasions
      .find({ planId, viewsMark: { $gte: from } }, { projection: { viewsPending: 1, viewsMark: 1 } })
      .toArray();
    return marked.some(
      (occasion) =>
        occasion.viewsMark!.getTime() >= since.getTime() - CLOCK_SKEW_MS ||
        (occasion.viewsPending === true && occasion.viewsMark!.getTime() >= leaseCutoff),
    );
  }
}
