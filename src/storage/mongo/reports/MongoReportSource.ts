import type { Db } from 'mongodb';
import type { Action } from '../../../domain/actions/types';
import type {
  FollowUpEvaluation,
  FollowUpOccasion,
  ReportSource,
  YearResults,
} from '../../../domain/ports/ReportSource';
import { fromActionDocument, type ActionDocument } from '../actions/actionDocument';
import type { OccasionDocument } from '../occasions/OccasionDocument';
import { MongoReportLines } from '../occasions/views/MongoReportLines';

type EvaluationDocument = FollowUpEvaluation & { _id: string };

/** The report's reads (collections reportLines, actions, followUpEvaluations). */
export class MongoReportSource implements ReportSource {
  private readonly lines: MongoReportLines;

  constructor(private readonly db: Db) {
    this.lines = new MongoReportLines(db);
  }

  async resultsOf(planId: string, year: number, controlIds?: readonly string[]): Promise<YearResults> {
    return this.lines.yearOf(planId, year, controlIds);
  }

  async *actionsOf(planId: string, controlIds: string[]): AsyncIterable<Action> {
    const cursor = this.db
      .collection<ActionDocument>('actions')
      .find({ planId, controlId: { $in: controlIds } })
      .sort({ controlId: 1, unitId: 1, _id: 1 });
    for await (const document of cursor) yield fromActionDocument(document);
  }

  async *occasionsByControlAndUnit(planId: string, dueTo: string): AsyncIterable<FollowUpOccasion[]> {
    // In the order of the occasions' identity index (planId, controlId, unitId, periodKey), and only
    // what the follow-up shows: the year's occasions are read once, without a blocking sort.
    const cursor = this.db
      .collection<OccasionDocument>('occasions')
      .find(
        { planId, dueDate: { $lte: dueTo } },
        {
          projection: {
            _id: 0,
            controlId: 1,
            unitId: 1,
            dueDate: 1,
            periodKey: 1,
            periodStart: 1,
            'result.result.kind': 1,
            'result.result.performedOn': 1,
            'result.result.assessment': 1,
            'result.result.comment': 1,
            'result.result.analysis': 1,
            'result.submittedBy.name': 1,
          },
        },
      )
      .sort({ controlId: 1, unitId: 1, periodKey: 1 })
      // Small batches: mongo-java-server answers a sorted find in one batch of the whole result otherwise.
      .batchSize(200);
    let unit: FollowUpOccasion[] = [];
    for await (const document of cursor) {
      if (
        unit.length > 0 &&
        (unit[0].controlId !== document.controlId || unit[0].unitId !== document.unitId)
      ) {
        yield unit;
        unit = [];
      }
      unit.push({
        controlId: document.controlId,
        unitId: document.unitId,
        dueDate: document.dueDate,
        period: { key: document.periodKey, start: document.periodStart },
        ...(document.result ? { result: document.result } : {}),
      });
    }
    if (unit.length > 0) yield unit;
  }

  async evaluationsOf(planId: string, year: number): Promise<FollowUpEvaluation[]> {
    const documents = await this.db
      .collection<EvaluationDocument>('followUpEvaluations')
      .find({ planId, year })
      .toArray();
    return documents.map(({ _id, ...rest }) => {
      void _id;
      return rest;
    });
  }

  async saveEvaluation(evaluation: FollowUpEvaluation): Promise<void> {
    await this.db
      .collection<EvaluationDocument>('followUpEvaluations')
      .replaceOne({ _id: evaluationId(evaluation) }, evaluation, { upsert: true });
  }

  async deleteEvaluation(
    which: Pick<FollowUpEvaluation, 'planId' | 'year' | 'kind' | 'subjectId'>,
  ): Promise<void> {
    await this.db
      .collection<EvaluationDocument>('followUpEvaluations')
      .deleteOne({ _id: evaluationId(which) });
  }
}

function evaluationId(e: Pick<FollowUpEvaluation, 'planId' | 'year' | 'kind' | 'subjectId'>): string {
  return `${e.planId}|${e.year}|${e.kind}|${e.subjectId}`;
}
