import { runIkbot } from '../support/runIkbot';
import path from 'node:path';
import pino from 'pino';
import { rebuildProjections } from '../../src/app/rebuildProjections';
import type { StatusCountRow } from '../../src/domain/ports/DigestQueries';
import { MongoDigestQueries } from '../../src/storage/mongo/digests/MongoDigestQueries';
import { MongoOccasionRepository } from '../../src/storage/mongo/occasions/MongoOccasionRepository';
import { MongoReportLines } from '../../src/storage/mongo/occasions/views/MongoReportLines';
import { openTestDatabase } from '../support/testDatabase';
import { storedResult } from '../support/storedResult';

const fixture = path.resolve(__dirname, '../fixtures/plans/vaggeryd-2025.yaml');
const actor = { aadObjectId: '00000000-0000-0000-0000-00000000000b', name: 'Karin Kontroll' };
const at = new Date('2025-07-01T08:00:00Z');
const silent = pino({ level: 'silent' });

const sorted = (rows: StatusCountRow[]) => rows.map((row) => JSON.stringify(row)).sort();

describe('ikbot projections rebuild, and the rebuild at start', () => {
  let database: Awaited<ReturnType<typeof openTestDatabase>>;
  let env: NodeJS.ProcessEnv;
  const scope = { planId: 'VAG-SOF-2025', from: '2025-01-01', to: '2025-12-31' };

  const ikbot = (...argv: string[]) => runIkbot(argv, { env, now: () => at });

  beforeAll(async () => {
    database = await openTestDatabase('projectionsCli');
    env = { MONGODB_URI: database.uri, MONGODB_DB: database.name, LOG_LEVEL: 'silent' };
    expect((await ikbot('plan', 'import', fixture)).code).toBe(0);
    const occasions = new MongoOccasionRepository(database.db);
    const [first, second] = await occasions.find({ planId: scope.planId, dueTo: '2025-12-31' });
    for (const [occasion, assessment] of [
      [first, 'godkand'],
      [second, 'ej_godkand'],
    ] as const) {
      const saved = await occasions.saveResult(
        occasion.id,
        0,
        'answered',
        storedResult(
          { kind: 'performed', performedOn: '2025-06-20', answers: [], assessment, deviations: 1 },
          actor,
          at,
        ),
        at,
      );
      expect(saved.saved).toBe(true);
    }
  });
  afterAll(async () => {
    await database.drop();
  });

  it('recreates views that are missing, as the bot does at start', async () => {
    const queries = new MongoDigestQueries(database.db);
    const before = await queries.statusCounts(scope, ['riskAreaId']);
    expect(
      before
        .filter((row) => row.status === 'answered')
        .map((row) => row.assessment)
        .sort(),
    ).toEqual(['ej_godkand', 'godkand']);
    await database.db.collection('occasionCounters').drop();
    await database.db.collection('reportLines').drop();
    expect(await queries.statusCounts(scope, ['riskAreaId'])).toEqual([]);

    const summary = await rebuildProjections(database.db, silent, { onlyMissing: true });
    expect(summary.plans.map((plan) => plan.planId)).toEqual([scope.planId]);
    expect(sorted(await queries.statusCounts(scope, ['riskAreaId']))).toEqual(sorted(before));
    const lines = await new MongoReportLines(database.db).yearOf(scope.planId, 2025);
    const controls = (await database.db.collection('reportLines').distinct('controlId')) as string[];
    expect(controls.flatMap((control) => lines.take(control))).toHaveLength(2);
    // A plan that has its views is left alone.
    expect((await rebuildProjections(database.db, silent, { onlyMissing: true })).plans).toEqual([]);
  });

  it('rebuilds views of an older layout at start, and drops the old documents', async () => {
    const queries = new MongoDigestQueries(database.db);
    const right = sorted(await queries.statusCounts(scope, ['unitId']));
    const counters = database.db.collection<{ _id: string; planId: string; layout?: number }>(
      'occasionCounters',
    );
    // As an ikbot before the current layout left them: no layout mark, and a month document of its own.
    await counters.updateMany({ planId: scope.planId }, { $unset: { layout: '' } });
    await counters.insertOne({ _id: `${scope.planId}|2025-06`, planId: scope.planId });
    const lines = database.db.collection<{ _id: string; planId: string }>('reportLines');
    await lines.insertOne({ _id: `${scope.planId}|K1|2025-06`, planId: scope.planId });

    const summary = await rebuildProjections(database.db, silent, { onlyMissing: true });
    expect(summary.plans.map((plan) => plan.planId)).toEqual([scope.planId]);
    expect(await counters.countDocuments({ planId: scope.planId, layout: { $exists: false } })).toBe(0);
    expect(await counters.findOne({ _id: `${scope.planId}|2025-06` })).toBeNull();
    expect(await lines.findOne({ _id: `${scope.planId}|K1|2025-06` })).toBeNull();
    expect(sorted(await queries.statusCounts(scope, ['unitId']))).toEqual(right);
    expect((await rebuildProjections(database.db, silent, { onlyMissing: true })).plans).toEqual([]);
  });

  it('repairs counters that drifted from the stored results', async () => {
    const queries = new MongoDigestQueries(database.db);
    const right = await queries.statusCounts(scope, ['unitId']);
    // A unit's open count, as a stray write would leave it: five too many.
    const counters = database.db.collection('occasionCounters');
    const unitOpen = (key: string) => /^\d{4}-\d{2}-\d{2}\|u\|.*\|open$/.test(key);
    const month = (await counters.find({ planId: scope.planId }).toArray()).find((document) =>
      Object.keys(document).some(unitOpen),
    );
    await counters.updateOne({ _id: month!._id }, { $inc: { [Object.keys(month!).find(unitOpen)!]: 5 } });
    expect(sorted(await queries.statusCounts(scope, ['unitId']))).not.toEqual(sorted(right));

    const run = await ikbot('projections', 'rebuild');
    expect(run).toMatchObject({ code: 0 });
    expect(JSON.parse(run.out)).toMatchObject({
      plans: [{ planId: scope.planId, occasions: expect.any(Number) }],
    });
    expect(sorted(await queries.statusCounts(scope, ['unitId']))).toEqual(sorted(right));
  });

  it('says what to do with an unknown or missing plan id', async () => {
    const unknown = await ikbot('projections', 'rebuild', '--plan', 'NOPE-2025');
    expect(unknown.code).toBe(1);
    expect(unknown.err).toContain('No stored plan has the id "NOPE-2025"');
    const missing = await ikbot('projections', 'rebuild', '--plan');
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('--plan needs a plan id');
  });
});
