import type { Plan } from '../../src/domain/plan/types';
import type { DigestGroupField, StatusCountRow } from '../../src/domain/ports/DigestQueries';
import type { OccasionRecord, OccasionStatus, StoredResult } from '../../src/domain/ports/OccasionRepository';
import type { AssessmentCode } from '../../src/domain/results/types';
import { occasionsOf } from '../../src/domain/schedule/occasionsOf';
import { fromFieldKey, toFieldKey } from '../../src/storage/mongo/occasions/views/fieldKey';
import { MongoDigestQueries } from '../../src/storage/mongo/digests/MongoDigestQueries';
import type { OccasionCounterDocument } from '../../src/storage/mongo/occasions/views/MongoOccasionCounters';
import { MongoOccasionRepository } from '../../src/storage/mongo/occasions/MongoOccasionRepository';
import { MongoReportLines } from '../../src/storage/mongo/occasions/views/MongoReportLines';
import { generateLargePlan } from '../../src/planFiles/generateLargePlan';
import { openTestDatabase } from '../support/testDatabase';
import { storedResult } from '../support/storedResult';

const actor = { aadObjectId: '00000000-0000-0000-0000-00000000000a', name: 'Test Testsson' };
const at = new Date('2025-10-01T08:00:00Z');
const TODAY = '2025-10-01';
const YEAR = { from: '2025-01-01', to: '2026-06-30' };
const FIELDS: DigestGroupField[] = ['riskAreaId', 'unitId', 'controlId'];

function stored(assessment: AssessmentCode | null, deviations: number, version = 1): StoredResult {
  return storedResult(
    assessment === null
      ? { kind: 'notApplicable', reason: 'Inga ärenden denna period' }
      : {
          kind: 'performed',
          performedOn: '2025-06-30',
          answers: [],
          assessment,
          deviations,
          comment: `Kommentar ${deviations}`,
        },
    actor,
    at,
    version,
  );
}

/**
 * Counts summed per key, status and assessment, deviations per key and status (the consumers only
 * add them up per group), sorted: the two ways of counting must agree on these.
 */
function normalised(rows: StatusCountRow[]): string[] {
  const sums = new Map<string, number>();
  const add = (key: string, value: number) => sums.set(key, (sums.get(key) ?? 0) + value);
  for (const row of rows) {
    add(`${JSON.stringify(row.key)} ${row.status} ${row.assessment ?? '-'}`, row.count);
    add(`${JSON.stringify(row.key)} ${row.status} deviations`, row.deviations);
  }
  return [...sums].map(([key, sum]) => `${key} ${sum}`).sort();
}

/** Counter documents without zero counts, empty groups and update times, open lists sorted. */
function comparable(documents: OccasionCounterDocument[]): unknown {
  const prune = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.length === 0 ? undefined : [...(value as string[])].sort();
    if (value && typeof value === 'object' && !(value instanceof Date)) {
      const entries = Object.entries(value)
        .filter(([key]) => key !== 'updatedAt')
        .map(([key, inner]) => [key, prune(inner)] as const)
        .filter(([, inner]) => inner !== undefined);
      return entries.length === 0 ? undefined : Object.fromEntries(entries);
    }
    return value === 0 ? undefined : value;
  };
  return documents.map(prune).sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
}

describe('digest counters and report lines kept beside the occasions', () => {
  // Each comparison aggregates the occasions a dozen times; beside the crash tests on the shared
  // embedded database on a busy machine that can take a minute.
  jest.setTimeout(300_000);
  let database: Awaited<ReturnType<typeof openTestDatabase>>;
  let occasions: MongoOccasionRepository;
  let queries: MongoDigestQueries;
  let plan: Plan;
  let unitIds: string[];

  const areaOf = (p: Plan) =>
    new Map(p.riskAreas.flatMap((area) => area.controls.map((control) => [control.id, area.id] as const)));
  const sync = (p: Plan) => occasions.sync(p.id, occasionsOf(p), (id) => areaOf(p).get(id) ?? '', at);

  /** The same question answered from the counters and by aggregating the occasions (the unit filter forces it). */
  async function expectCountersToMatchAggregation(): Promise<void> {
    const scopes = [
      { planId: plan.id, ...YEAR },
      { planId: plan.id, from: '2025-03-01', to: '2025-08-31' },
    ];
    for (const scope of scopes) {
      for (const field of FIELDS) {
        const fromCounters = await queries.statusCounts(scope, [field]);
        const aggregated = await queries.statusCounts({ ...scope, unitIds }, [field]);
        expect(normalised(fromCounters)).toEqual(normalised(aggregated));
        const overdueFromCounters = await queries.overdueCounts(scope, TODAY, [field]);
        const overdueAggregated = await queries.overdueCounts({ ...scope, unitIds }, TODAY, [field]);
        expect(normalised(overdueFromCounters)).toEqual(normalised(overdueAggregated));
      }
      // The lists against the occasions themselves: overdue = open and due before today (or the period's end).
      const dueTo = scope.to < TODAY ? scope.to : '2025-09-30';
      const open = await occasions.find({ planId: plan.id, statuses: ['open'], dueFrom: scope.from, dueTo });
      const list = await queries.overdueOccasions(scope, TODAY, 1000);
      expect(list.map((row) => row.occasionId).sort()).toEqual(open.map((o) => o.id).sort());
      expect(list.map((row) => row.dueDate)).toEqual([...list.map((row) => row.dueDate)].sort());
      const someUnits = unitIds.slice(0, 2);
      const mine = await occasions.find({
        planId: plan.id,
        statuses: ['open'],
        unitIds: someUnits,
        dueFrom: scope.from,
        dueTo: scope.to,
      });
      const openList = await queries.openOccasions({ ...scope, unitIds: someUnits }, 1000);
      expect(openList.map((row) => row.occasionId).sort()).toEqual(mine.map((o) => o.id).sort());
      expect(openList.every((row) => someUnits.includes(row.unitId))).toBe(true);
      expect(await queries.openOccasions({ ...scope, unitIds: someUnits }, 3)).toEqual(openList.slice(0, 3));
    }
  }

  async function expectReportLinesToMatchOccasions(): Promise<void> {
    const lines = await new MongoReportLines(database.db).yearOf(plan.id, 2025);
    for (const area of plan.riskAreas) {
      for (const control of area.controls) {
        const expected = await occasions.collection
          .find({ planId: plan.id, year: 2025, controlId: control.id, status: { $ne: 'open' } })
          .toArray();
        const read = lines.take(control.id);
        expect(
          read.map((line) => `${line.unitId} ${line.periodKey} ${JSON.stringify(line.result)}`).sort(),
        ).toEqual(
          expected.map((o) => `${o.unitId} ${o.periodKey} ${JSON.stringify(o.result?.result)}`).sort(),
        );
      }
    }
  }

  beforeAll(async () => {
    database = await openTestDatabase('projections');
    occasions = new MongoOccasionRepository(database.db);
    queries = new MongoDigestQueries(database.db);
    // 6 units × 8 controls, monthly: 576 occasions over four risk areas.
    plan = generateLargePlan({ units: 6, controls: 8, year: 2025, monthlyEverywhere: true });
    unitIds = plan.units.map((unit) => unit.id);
    await sync(plan);
  });
  afterAll(async () => {
    await database.drop();
  });

  it('counts every occasion of a freshly imported plan as open', async () => {
    const all = await occasions.find({ planId: plan.id });
    const rows = await queries.statusCounts({ planId: plan.id, from: '2000-01-01', to: '2100-12-31' }, [
      'riskAreaId',
    ]);
    expect(rows.every((row) => row.status === 'open')).toBe(true);
    expect(rows.reduce((sum, row) => sum + row.count, 0)).toBe(all.length);
    await expectCountersToMatchAggregation();
  });

  it('follows results, amendments and results stored at the same moment', async () => {
    const open = await occasions.find({ planId: plan.id, dueTo: '2025-12-31' });
    expect(open.length).toBeGreaterThan(30);
    const codes: Array<AssessmentCode | null> = ['godkand', 'delvis_godkand', 'ej_godkand', null];
    // One at a time ...
    for (const [index, occasion] of open.slice(0, 8).entries()) {
      const status: OccasionStatus = codes[index % 4] === null ? 'notApplicable' : 'answered';
      const saved = await occasions.saveResult(
        occasion.id,
        0,
        status,
        stored(codes[index % 4], index % 3),
        at,
      );
      expect(saved.saved).toBe(true);
    }
    // ... amended (assessment and deviations change) ...
    const amended = await occasions.saveResult(open[0].id, 1, 'answered', stored('ej_godkand', 5, 2), at);
    expect(amended.saved).toBe(true);
    const toNotApplicable = await occasions.saveResult(
      open[1].id,
      1,
      'notApplicable',
      stored(null, 0, 2),
      at,
    );
    expect(toNotApplicable.saved).toBe(true);
    // ... and twenty at once, plus a losing duplicate of one of them.
    const batch = open.slice(8, 28);
    const outcomes = await Promise.all([
      ...batch.map((occasion: OccasionRecord, index) =>
        occasions.saveResult(occasion.id, 0, 'answered', stored(codes[index % 3], index % 4), at),
      ),
      occasions.saveResult(batch[0].id, 0, 'answered', stored('godkand', 9), at),
    ]);
    expect(outcomes.filter((outcome) => outcome.saved)).toHaveLength(batch.length);
    await expectCountersToMatchAggregation();
    await expectReportLinesToMatchOccasions();
  });

  it('is rebuilt after a re-import that removes a control and a unit, and a rebuild changes nothing after that', async () => {
    const [firstArea] = plan.riskAreas;
    const removedControl = firstArea.controls[0].id;
    const changed: Plan = {
      ...plan,
      riskAreas: plan.riskAreas.map((area) => ({
        ...area,
        controls: area.controls
          .filter((control) => control.id !== removedControl)
          .map((control) =>
            control.unitIds && control.unitIds.length > 1
              ? { ...control, unitIds: control.unitIds.slice(1) }
              : control,
          ),
      })),
    };
    const summary = await sync(changed);
    expect(summary.removed + summary.retired).toBeGreaterThan(0);
    plan = changed;
    await expectCountersToMatchAggregation();

    const counters = database.db.collection<OccasionCounterDocument>('occasionCounters');
    const maintained = comparable(await counters.find({ planId: plan.id }).toArray());
    await occasions.projections.rebuild(plan.id);
    expect(comparable(await counters.find({ planId: plan.id }).toArray())).toEqual(maintained);
  });

  it('counts results stored while the plan is being rebuilt exactly once', async () => {
    const open = await occasions.find({ planId: plan.id, statuses: ['open'], dueTo: '2025-12-31' });
    const batch = open.slice(0, 12);
    expect(batch).toHaveLength(12);
    const outcomes = await Promise.all([
      occasions.projections.rebuild(plan.id),
      ...batch.map((occasion, index) =>
        occasions.saveResult(occasion.id, 0, 'answered', stored('godkand', index % 2), at),
      ),
      occasions.projections.rebuild(plan.id),
    ]);
    expect(outcomes.filter((outcome) => typeof outcome === 'object' && outcome.saved)).toHaveLength(12);
    await expectCountersToMatchAggregation();
    await expectReportLinesToMatchOccasions();
  });

  it('keeps counts for ids that MongoDB would read as paths or operators', async () => {
    expect(fromFieldKey(toFieldKey('enhet.1$%x'))).toBe('enhet.1$%x');
    expect(toFieldKey('a.b')).not.toContain('.');
    const state = {
      _id: 'P.1/K.1/$enhet/2025-05',
      planId: 'P.1',
      riskAreaId: 'R.1',
      controlId: 'K.1',
      unitId: '$enhet',
      periodKey: '2025-05',
      periodStart: '2025-05-01',
      dueDate: '2025-06-05',
      status: 'open' as const,
      retired: false,
    };
    await occasions.projections.apply(null, state);
    await occasions.projections.apply(state, {
      ...state,
      status: 'answered',
      assessment: 'godkand',
      deviations: 1,
      result: stored('godkand', 1),
    });
    const scope = { planId: 'P.1', from: '2025-06-01', to: '2025-06-30' };
    expect(normalised(await queries.statusCounts(scope, ['unitId']))).toEqual([
      '{"unitId":"$enhet"} answered deviations 1',
      '{"unitId":"$enhet"} answered godkand 1',
    ]);
    expect((await new MongoReportLines(database.db).yearOf('P.1', 2025)).take('K.1')).toEqual([
      expect.objectContaining({ unitId: '$enhet', periodKey: '2025-05' }),
    ]);
  });
});
