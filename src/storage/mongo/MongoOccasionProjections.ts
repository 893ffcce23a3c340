import type { Db } from 'mongodb';
import type { OccasionDocument } from './MongoOccasionRepository';
import { projectionLock } from './KeyedLock';
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

/** Every view kept beside the occasions: the digest counters and the report lines. */
export class MongoOccasionProjections {
  readonly counters: MongoOccasionCounters;
  readonly reportLines: MongoReportLines;
  private readonly all: OccasionProjection[];

  constructor(private readonly db: Db) {
    this.counters = new MongoOccasionCounters(db);
    this.reportLines = new MongoReportLines(db);
    this.all = [this.counters, this.reportLines];
  }

  async apply(before: OccasionState | null, after: OccasionState | null): Promise<void> {
    const planId = (after ?? before)?.planId;
    if (!planId) return;
    await this.transition(planId, async () => ({ value: undefined, states: [before, after] }));
  }

  /**
   * Runs a change of one occasion and the matching update of the views as one step for this
   * process: no rebuild of the plan scans in between (it would count the change twice, or lose it).
   */
  async transition<T>(
    planId: string,
    change: () => Promise<{ value: T; states?: [OccasionState | null, OccasionState | null] }>,
  ): Promise<T> {
    return projectionLock.run(planId, async () => {
      const { value, states } = await change();
      if (states) for (const projection of this.all) await projection.apply(...states);
      return value;
    });
  }

  /**
   * Recomputes every view of a plan from one scan of its occasions; returns how many were read.
   * Results stored meanwhile in this process wait (a plan of 2,000 occasions takes well under a
   * second; 120,000 about 45 s on FerretDB), so none is lost between the scan and the write.
   */
  async rebuild(planId: string): Promise<number> {
    return projectionLock.run(planId, async () => {
      const builders = this.all.map((projection) => projection.rebuild(planId));
      let read = 0;
      const cursor = this.db
        .collection<OccasionDocument>('occasions')
        .find({ planId }, { projection: STATE_FIELDS, batchSize: 2000 });
      for await (const occasion of cursor) {
        for (const builder of builders) builder.add(occasion);
        read += 1;
      }
      for (const builder of builders) await builder.finish();
      return read;
    });
  }
}
