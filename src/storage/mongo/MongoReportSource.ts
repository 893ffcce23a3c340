import type { Db } from 'mongodb';
import type { ActionRecord } from '../../domain/ports/ActionRepository';
import type { OccasionRecord } from '../../domain/ports/OccasionRepository';
import type { FollowUpEvaluation, ReportSource } from '../../domain/ports/ReportSource';
import { toRecord, type OccasionDocument } from './MongoOccasionRepository';

type ActionDocument = Omit<ActionRecord, 'id'> & { _id: string };
type EvaluationDocument = FollowUpEvaluation & { _id: string };

/** The report's reads, as cursors (collections occasions, actions, followUpEvaluations). */
export class MongoReportSource implements ReportSource {
  constructor(private readonly db: Db) {}

  async *resultsOf(planId: string, year: number, riskAreaId: string): AsyncIterable<OccasionRecord> {
    const cursor = this.db
      .collection<OccasionDocument>('occasions')
      .find({ planId, year, riskAreaId, status: { $in: ['answered', 'notApplicable'] } })
      .sort({ controlId: 1, unitId: 1, periodStart: 1 });
    for await (const document of cursor) yield toRecord(document);
  }

  async *actionsOf(planId: string, controlIds: string[]): AsyncIterable<ActionRecord> {
    const cursor = this.db
      .collection<ActionDocument>('actions')
      .find({ planId, controlId: { $in: controlIds } })
      .sort({ controlId: 1, unitId: 1, createdAt: 1 });
    for await (const { _id, ...rest } of cursor) yield { id: _id, ...rest };
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
    const _id = `${evaluation.planId}|${evaluation.year}|${evaluation.kind}|${evaluation.subjectId}`;
    await this.db
      .collection<EvaluationDocument>('followUpEvaluations')
      .replaceOne({ _id }, evaluation, { upsert: true });
  }
}
