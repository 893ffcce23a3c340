/**
 * The large municipality of bench/digests and bench/yearEnd: 250 units × 40 control points, monthly
 * for a year (120,000 occasions), 70 % answered with a mix of assessments and deviations, stored
 * as the occasion repository stores them (in bulk: answering them one at a time is not what is
 * measured), the digest counters and report lines rebuilt once (timed), and the plan saved.
 */
import { performance } from 'node:perf_hooks';
import type { Db } from 'mongodb';
import type { Plan } from '../../src/domain/plan/types';
import { occasionsOf } from '../../src/domain/schedule/occasionsOf';
import { generateLargePlan } from '../../src/planFiles/generateLargePlan';
import { MongoOccasionProjections } from '../../src/storage/mongo/occasions/views/MongoOccasionProjections';
import { toDocument, type OccasionDocument } from '../../src/storage/mongo/occasions/MongoOccasionRepository';
import { MongoPlanRepository } from '../../src/storage/mongo/plans/MongoPlanRepository';
import { ensureIndexes } from '../../src/storage/mongo/database/ensureIndexes';
import { ownPeakRssMb } from './memory';

const CHUNK = 2000;
const ASSESSMENTS = ['godkand', 'godkand', 'godkand', 'delvis_godkand', 'ej_godkand'] as const;
export const benchActor = { aadObjectId: '00000000-0000-0000-0000-000000000001', name: 'Bench' };

export interface LargePlanData {
  plan: Plan;
  occasions: number;
  answered: number;
  rebuildMs: number;
  /** Peak RSS of the storing process right after generating the occasions. */
  generatedMb: number;
}

export async function storeLargePlan(db: Db, log: (text: string) => void): Promise<LargePlanData> {
  await ensureIndexes(db);
  const plan = generateLargePlan({ units: 250, controls: 40, year: 2025, monthlyEverywhere: true });
  const occasions = occasionsOf(plan);
  const areaOf = new Map(
    plan.riskAreas.flatMap((area) => area.controls.map((c) => [c.id, area.id] as const)),
  );
  const at = new Date();
  const documents: OccasionDocument[] = occasions.map((occasion, i) => {
    const answered = i % 10 < 7;
    const assessment = ASSESSMENTS[i % ASSESSMENTS.length];
    const deviations = assessment === 'godkand' ? 0 : 1 + (i % 3);
    return {
      ...toDocument(occasion, areaOf.get(occasion.controlId) ?? '', at),
      status: answered ? 'answered' : 'open',
      version: answered ? 1 : 0,
      ...(answered
        ? {
            assessment,
            deviations,
            result: {
              result: {
                kind: 'performed',
                performedOn: occasion.period.end,
                answers: [],
                assessment,
                deviations,
              },
              version: 1,
              submittedBy: benchActor,
              submittedAt: at,
              firstSubmittedBy: benchActor,
              firstSubmittedAt: at,
            },
          }
        : {}),
    } as OccasionDocument;
  });
  const generatedMb = ownPeakRssMb();
  let started = performance.now();
  for (let i = 0; i < documents.length; i += CHUNK) {
    await db.collection<OccasionDocument>('occasions').insertMany(documents.slice(i, i + CHUNK));
  }
  const answered = documents.filter((d) => d.status === 'answered').length;
  log(
    `stored ${documents.length} occasions (${answered} answered) in ${Math.round(performance.now() - started)} ms`,
  );
  const count = documents.length;
  documents.length = 0;
  occasions.length = 0;
  started = performance.now();
  await new MongoOccasionProjections(db).rebuild(plan.id);
  const rebuildMs = Math.round(performance.now() - started);
  log(`rebuilt the digest counters and report lines in ${rebuildMs} ms`);
  await new MongoPlanRepository(db).save(plan, 'bench', new Date());
  return { plan, occasions: count, answered, rebuildMs, generatedMb };
}
