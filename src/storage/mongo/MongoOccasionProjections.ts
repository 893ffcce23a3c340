import type { Db } from 'mongodb';
import type { OccasionDocument } from './MongoOccasionRepository';
import { MongoOccasionCounters } from './MongoOccasionCounters';
import { MongoReportLines } from './MongoReportLines';
import type { OccasionProjection, OccasionState } from './OccasionProjection';

const STATE_FIELDS: Record<keyof OccasionState, 1> = {
  _id: 1,
  planId: 1,
  year: 1,
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
    for (const projection of this.all) await projection.apply(before, after);
  }

  /** Recomputes every view of a plan from one scan of its occasions; returns how many were read. */
  async rebuild(planId: string): Promise<number> {
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
  }
}
