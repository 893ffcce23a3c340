import type { Db } from 'mongodb';
import type { Action } from '../../../domain/actions/types';
import type { FollowUpEvaluation, ReportSource, YearResults } from '../../../domain/ports/ReportSource';
import { fromActionDocument, type ActionDocument } from '../actions/actionDocument';
import { MongoReportLines } from '../occasions/views/MongoReportLines';

type EvaluationDocument = FollowUpEvaluation & { _id: string };

/** The report's reads (collections reportLines, actions, followUpEvaluations). */
export class MongoReportSource implements ReportSource {
  private readonly lines: MongoReportLines;

  constructor(private readonly db: Db) {
    this.lines = new MongoReportLines(db);
  }

  async resultsOf(planId: string, year: number): Promise<YearResults> {
    return this.lines.yearOf(planId, year);
  }

  async *actionsOf(planId: string, controlIds: string[]): AsyncIterable<Action> {
    const cursor = this.db
      .collection<ActionDocument>('actions')
      .find({ planId, controlId: { $in: controlIds } })
      .sort({ controlId: 1, unitId: 1, _id: 1 });
    for await (const document of cursor) yield fromActionDocument(document);
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
