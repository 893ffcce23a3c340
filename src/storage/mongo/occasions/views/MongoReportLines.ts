import type { AnyBulkWriteOperation, Collection, Db } from 'mongodb';
import { batchedBulkWrite } from '../../batching/batchedBulkWrite';
import type { ReportResult, YearResults } from '../../../../domain/ports/ReportSource';
import { bucketOf } from './bucketOf';
import { toFieldKey } from './fieldKey';
import { replacePlanDocuments } from './replacePlanDocuments';
import type { OccasionProjection, OccasionState, ProjectionBuilder } from './OccasionProjection';

/**
 * Collection reportLines: the stored results (answered or not applicable) of one control, for
 * the periods starting in one month, of the units in one bucket (LINE_BUCKETS, by a stable hash of
 * the unit id), _id "<planId>|<controlId>|<YYYY-MM>|u<bucket>". Each result is one JSON string
 * under "lines.<unit>|<period>", so the year's report reads a few thousand small documents in one
 * pass instead of every occasion with its nested result (120,000 occasions), and a result writes
 * one line with $set into a document of a few dozen lines (an update rewrites the whole document,
 * on MongoDB too). Kept on MongoDB too: the report streams a year within its budget without a
 * $group over the whole year. The layout is the counters' (COUNTERS_LAYOUT): both are rebuilt
 * together.
 */
export interface ReportLinesDocument {
  _id: string;
  planId: string;
  controlId: string;
  year: number;
  month: string;
  lines: Record<string, string>;
  updatedAt: Date;
}

export const LINE_BUCKETS = 8;

const placeOf = (state: OccasionState) => {
  const month = state.periodStart.slice(0, 7);
  return {
    documentId: `${state.planId}|${state.controlId}|${month}|u${bucketOf(state.unitId, LINE_BUCKETS)}`,
    month,
    key: `${toFieldKey(state.unitId)}|${toFieldKey(state.periodKey)}`,
  };
};
const hasResult = (state: OccasionState | null): state is OccasionState =>
  state !== null && state.status !== 'open' && state.result !== undefined;

function lineOf(state: OccasionState): string {
  const line: ReportResult = {
    controlId: state.controlId,
    unitId: state.unitId,
    periodKey: state.periodKey,
    periodStart: state.periodStart,
    result: state.result!.result,
  };
  return JSON.stringify(line);
}

/** The report's results, one line per stored result (see OccasionProjection). */
export class MongoReportLines implements OccasionProjection {
  readonly collection: Collection<ReportLinesDocument>;
  private readonly write: (operations: Array<AnyBulkWriteOperation<ReportLinesDocument>>) => Promise<void>;

  constructor(db: Db) {
    this.collection = db.collection<ReportLinesDocument>('reportLines');
    this.write = batchedBulkWrite(this.collection);
  }

  async apply(before: OccasionState | null, after: OccasionState | null): Promise<void> {
    const writes: Array<{
      documentId: string;
      month: string;
      planId: string;
      controlId: string;
      set?: [string, string];
      unset?: string;
    }> = [];
    if (hasResult(after)) {
      const { documentId, month, key } = placeOf(after);
      writes.push({
        documentId,
        month,
        planId: after.planId,
        controlId: after.controlId,
        set: [key, lineOf(after)],
      });
    }
    if (hasResult(before)) {
      const { documentId, month, key } = placeOf(before);
      const movedOrGone =
        !hasResult(after) || placeOf(after).documentId !== documentId || placeOf(after).key !== key;
      if (movedOrGone)
        writes.push({ documentId, month, planId: before.planId, controlId: before.controlId, unset: key });
    }
    if (writes.length === 0) return;
    // $set and $unset of one line each: atomic per document, so writers need no lock, and the lines
    // of concurrent results can share one bulkWrite.
    await this.write(
      writes.map(({ month, ...write }) => {
        return {
          updateOne: {
            filter: { _id: write.documentId },
            update: {
              ...(write.set
                ? { $set: { [`lines.${write.set[0]}`]: write.set[1], updatedAt: new Date() } }
                : {}),
              ...(write.unset ? { $unset: { [`lines.${write.unset}`]: '' } } : {}),
              $setOnInsert: {
                planId: write.planId,
                controlId: write.controlId,
                year: Number(month.slice(0, 4)),
                month,
              },
            },
            upsert: true,
          },
        };
      }),
    );
  }

  rebuild(planId: string): ProjectionBuilder {
    const documents = new Map<string, ReportLinesDocument>();
    return {
      add: (state) => {
        if (!hasResult(state)) return;
        const { documentId, month, key } = placeOf(state);
        let document = documents.get(documentId);
        if (!document) {
          document = {
            _id: documentId,
            planId,
            controlId: state.controlId,
            year: Number(month.slice(0, 4)),
            month,
            lines: {},
            updatedAt: new Date(),
          };
          documents.set(documentId, document);
        }
        document.lines[key] = lineOf(state);
      },
      finish: () => replacePlanDocuments(this.collection, planId, documents),
    };
  }

  /**
   * A plan's results for the periods starting in `year` (of some controls only, when named), read
   * in one pass (see above) and kept as their stored strings by control until the report takes each
   * control (then parsed and sorted).
   */
  async yearOf(planId: string, year: number, controlIds?: readonly string[]): Promise<YearResults> {
    const byControl = new Map<string, string[]>();
    const cursor = this.collection.find(
      { planId, year, ...(controlIds ? { controlId: { $in: [...controlIds] } } : {}) },
      { projection: { controlId: 1, lines: 1 } },
    );
    for await (const document of cursor) {
      const lines = byControl.get(document.controlId) ?? [];
      lines.push(...Object.values(document.lines));
      byControl.set(document.controlId, lines);
    }
    return {
      take: (controlId) => {
        const lines = byControl.get(controlId) ?? [];
        byControl.delete(controlId);
        return lines
          .map((line) => JSON.parse(line) as ReportResult)
          .sort(
            (a, b) =>
              compare(a.unitId, b.unitId) ||
              compare(a.periodStart, b.periodStart) ||
              compare(a.periodKey, b.periodKey),
          );
      },
    };
  }
}

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
