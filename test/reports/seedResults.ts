import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Db } from 'mongodb';
import type { Plan } from '../../src/domain/plan/types';
import { resultScales } from '../../src/domain/plan/resultScales';
import type { CheckItemAnswer, AssessmentCode } from '../../src/domain/results/types';
import { occasionsOf } from '../../src/domain/schedule/occasionsOf';
import { parsePlanFile } from '../../src/planFiles/parsePlanFile';
import { MongoOccasionRepository } from '../../src/storage/mongo/occasions/MongoOccasionRepository';
import { MongoPlanRepository } from '../../src/storage/mongo/plans/MongoPlanRepository';
import { MongoReportSource } from '../../src/storage/mongo/reports/MongoReportSource';
import { storedResult } from '../support/storedResult';

/** The seeds' reported outcomes, copied into the fixtures (see test/fixtures/seeds/README.md). */
export const SEED_RESULTS = path.resolve(__dirname, '../fixtures/seeds/results.json');

interface SeedEvaluation {
  codes: string[];
  raw: string;
}
interface SeedResult {
  controlId: string;
  evaluation: SeedEvaluation | null;
  tableComment?: string;
  checkItemResults?: Array<{ checkItemId: string; value: string; percent?: number }>;
  occasionResults?: Array<{ month: number; unitId: string; performed: boolean }>;
}
interface SeedAreaResult {
  riskAreaId: string;
  assessment: SeedEvaluation;
  resultText?: string;
  actionText?: string | null;
}
export interface SeedFile {
  resultSets: Array<{
    id: string;
    planId: string;
    period: { year: number };
    results: SeedResult[];
    areaResults?: SeedAreaResult[];
  }>;
  expectedFollowUpTables: Array<{ resultSetId: string; columns: string[]; rows: unknown[] }>;
}

export const readSeeds = (): SeedFile => JSON.parse(readFileSync(SEED_RESULTS, 'utf8')) as SeedFile;

const fixtures = path.resolve(__dirname, '../fixtures/plans');
/** The seeds' plan ids and the fixture files converted from them (ids of areas and controls are the same). */
export const SEED_PLAN_FILES: Record<string, string> = {
  'VAG-SOF-2025': 'vaggeryd-2025.yaml',
  'ALI-VON-2023': 'alingsas-2023.yaml',
};

export async function loadFixturePlan(file: string): Promise<Plan> {
  const parsed = await parsePlanFile(path.join(fixtures, file));
  if (!parsed.ok) throw new Error(`Fixture ${file} does not parse: ${JSON.stringify(parsed.errors)}`);
  return parsed.plan;
}

const label = (code: string): string =>
  Object.values(resultScales)
    .flatMap((scale) => scale.values)
    .find((value) => value.code === code)?.sv ?? code;

/**
 * Stores a seed plan, its occasions and the seed's reported outcomes: each control's evaluation as the
 * result of its occasions (except those the seed reports as not performed), the check items' values,
 * and the written follow-up evaluations (Utvärdering/Kommentar per control; Bedömning/Resultat/Åtgärd per area).
 */
export async function storeSeed(db: Db, planId: string, at: Date): Promise<Plan> {
  const seeds = readSeeds();
  const set = seeds.resultSets.find((candidate) => candidate.planId === planId);
  if (!set) throw new Error(`No result set for ${planId} in ${SEED_RESULTS}`);
  const plan = await loadFixturePlan(SEED_PLAN_FILES[planId]);
  const plans = new MongoPlanRepository(db);
  const occasions = new MongoOccasionRepository(db);
  const source = new MongoReportSource(db);
  await plans.save(plan, 'test', at);
  const areaOf = new Map(
    plan.riskAreas.flatMap((area) => area.controls.map((c) => [c.id, area.id] as const)),
  );
  await occasions.sync(plan.id, occasionsOf(plan), (id) => areaOf.get(id) ?? '', at);
  const controls = new Map(plan.riskAreas.flatMap((area) => area.controls.map((c) => [c.id, c] as const)));
  const actor = { aadObjectId: '00000000-0000-0000-0000-0000000000a1', name: 'Seed' };
  for (const seed of set.results) {
    const control = controls.get(seed.controlId);
    if (!control) throw new Error(`Seed control ${seed.controlId} is not in the fixture plan ${planId}`);
    if (seed.evaluation) {
      await source.saveEvaluation({
        planId,
        year: set.period.year,
        subjectId: seed.controlId,
        kind: 'control',
        evaluation: seed.evaluation.raw,
        comment: seed.tableComment,
      });
    }
    if (!seed.evaluation || seed.evaluation.codes.length === 0) continue;
    const assessment = seed.evaluation.codes[seed.evaluation.codes.length - 1] as AssessmentCode;
    const answers: CheckItemAnswer[] = [];
    for (const item of seed.checkItemResults ?? []) {
      const planItem = control.checkItems.find((candidate) => item.checkItemId.endsWith(`-${candidate.id}`));
      if (!planItem) continue;
      if (planItem.answerType === 'percentage' && item.percent !== undefined) {
        answers.push({ itemId: planItem.id, answerType: 'percentage', value: item.percent });
      } else if (planItem.answerType === 'yesNoPartial') {
        const value = item.value === 'gott' ? 'ja' : (item.value as 'ja' | 'nej' | 'delvis');
        answers.push({ itemId: planItem.id, answerType: 'yesNoPartial', value });
      }
    }
    for (const occasion of await occasions.find({ planId, controlId: seed.controlId })) {
      const month = Number(occasion.period.end.slice(5, 7));
      const reported = seed.occasionResults?.find((r) => r.unitId === occasion.unitId && r.month === month);
      if (reported && !reported.performed) continue;
      await occasions.saveResult(
        occasion.id,
        occasion.version,
        'answered',
        storedResult(
          {
            kind: 'performed',
            performedOn: occasion.period.end,
            answers,
            assessment,
            deviations: 0,
            comment: seed.tableComment,
          },
          actor,
          at,
        ),
        at,
      );
    }
  }
  for (const area of set.areaResults ?? []) {
    if (!area.assessment?.codes?.length) continue;
    await source.saveEvaluation({
      planId,
      year: set.period.year,
      subjectId: area.riskAreaId,
      kind: 'riskArea',
      evaluation: label(area.assessment.codes[0]),
      ...(area.resultText ? { comment: area.resultText } : {}),
      ...(area.actionText ? { actionText: area.actionText } : {}),
    });
  }
  return plan;
}
