import { occasionsOf } from '../../src/domain/schedule/occasionsOf';
import { areaSections, followUpHead, yearWindow } from '../../src/reports/buildFollowUpReport';
import { MongoActionRepository } from '../../src/storage/mongo/actions/MongoActionRepository';
import { MongoDigestQueries } from '../../src/storage/mongo/digests/MongoDigestQueries';
import { MongoOccasionRepository } from '../../src/storage/mongo/occasions/MongoOccasionRepository';
import { MongoPlanRepository } from '../../src/storage/mongo/plans/MongoPlanRepository';
import { MongoReportSource } from '../../src/storage/mongo/reports/MongoReportSource';
import { MongoVerdictRepository } from '../../src/storage/mongo/reports/MongoVerdictRepository';
import { openTestDatabase } from '../support/testDatabase';
import { storedResult } from '../support/storedResult';
import { loadFixturePlan } from './seedResults';

/** Issue 14 item 5: report rows follow the plan's order of units, not their ids or names. */
describe('report rows in the plan order of units', () => {
  let database: Awaited<ReturnType<typeof openTestDatabase>>;
  beforeAll(async () => {
    database = await openTestDatabase('reportUnitOrder');
  });
  afterAll(async () => {
    await database.drop();
  });

  it('lists the log check for IFO myndighet, IFO utförare, ÄO and FO in the plan order', async () => {
    const { db } = database;
    const plan = await loadFixturePlan('vaggeryd-2025.yaml');
    const at = new Date('2025-07-01T08:00:00Z');
    await new MongoPlanRepository(db).save(plan, 'test', at);
    const occasions = new MongoOccasionRepository(db);
    const areaOf = new Map(plan.riskAreas.flatMap((a) => a.controls.map((c) => [c.id, a.id] as const)));
    await occasions.sync(plan.id, occasionsOf(plan), (id) => areaOf.get(id) ?? '', at);
    const actor = { aadObjectId: '00000000-0000-0000-0000-0000000000a1', name: 'Test' };
    for (const occasion of await occasions.find({ planId: plan.id, controlId: 'VAG25-R2-K1' })) {
      if (occasion.period.key !== '2025-06') continue;
      const result = {
        kind: 'performed' as const,
        performedOn: '2025-06-30',
        answers: [],
        assessment: 'godkand' as const,
        deviations: 0,
      };
      const saved = await occasions.saveResult(
        occasion.id,
        occasion.version,
        'answered',
        storedResult(result, actor, at),
        at,
      );
      expect(saved.saved).toBe(true);
    }
    const ports = {
      source: new MongoReportSource(db),
      queries: new MongoDigestQueries(db),
      verdicts: new MongoVerdictRepository(db),
      actions: new MongoActionRepository(db),
    };
    const units: string[] = [];
    const head = await followUpHead(ports, plan, yearWindow(2025));
    for await (const section of areaSections(ports, plan, head)) {
      units.push(...section.results.filter((r) => r.control === 'Rutin loggkontroll').map((r) => r.unit));
    }
    const unitName = new Map(plan.units.map((u) => [u.id, u.name]));
    expect(units).toEqual(
      ['ifo-myndighet', 'ifo-utforare', 'ao-utforare', 'fo-utforare'].map((id) => unitName.get(id)),
    );
  });
});
