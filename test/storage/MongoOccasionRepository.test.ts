import { MongoDigestQueries } from '../../src/storage/mongo/digests/MongoDigestQueries';
import { VIEWS_LEASE_MS } from '../../src/storage/mongo/occasions/views/MongoOccasionProjections';
import { MongoOccasionRepository } from '../../src/storage/mongo/occasions/MongoOccasionRepository';
import { MongoReportSource } from '../../src/storage/mongo/reports/MongoReportSource';
import { ensureIndexes } from '../../src/storage/mongo/database/ensureIndexes';
import { storedResult } from '../support/storedResult';
import { openTestDatabase } from '../support/testDatabase';
import { occasionsContract } from './contracts/occasionsContract';

occasionsContract('MongoOccasionRepository with digest counters and report lines', async () => {
  const database = await openTestDatabase('occasions_contract');
  await ensureIndexes(database.db);
  const occasions = new MongoOccasionRepository(database.db);
  return {
    occasions,
    other: new MongoOccasionRepository(database.db),
    digests: new MongoDigestQueries(database.db),
    reports: new MongoReportSource(database.db),
    rebuild: (planId) => occasions.projections.rebuild(planId),
    close: database.drop,
  };
});

describe('a result whose writer died before moving the views', () => {
  it('is counted in the digests and the report once a repeat or another writer finds it past the lease', async () => {
    const database = await openTestDatabase('occasions_dead_writer');
    try {
      await ensureIndexes(database.db);
      let clock = new Date('2026-12-01T10:00:00Z');
      const occasions = new MongoOccasionRepository(database.db, { clock: () => clock });
      const at = new Date('2025-07-03T10:00:00Z');
      const period = { key: '2025-05', start: '2025-05-01', end: '2025-05-31' };
      await occasions.sync(
        'P',
        [{ planId: 'P', controlId: 'K1', unitId: 'u1', period, dueDate: '2025-06-13' }],
        () => 'R',
        at,
      );
      const id = 'P/K1/u1/2025-05';
      const actor = { aadObjectId: 'a', name: 'Anna' };
      // The first step of saveResult, then the process died: stored, views not moved.
      const stored = storedResult(
        {
          kind: 'performed',
          answers: [],
          assessment: 'godkand',
          deviations: 2,
          performedOn: '2025-06-01',
        } as never,
        actor,
        at,
      );
      await occasions.collection.updateOne(
        { _id: id, version: 0 },
        {
          $set: {
            status: 'answered',
            result: stored,
            assessment: 'godkand',
            deviations: 2,
            version: 1,
            viewsPending: true,
            viewsMark: clock,
          },
        },
      );
      const digests = new MongoDigestQueries(database.db);
      const scope = { planId: 'P', from: '2025-01-01', to: '2025-12-31' };
      const answered = async () =>
        (await digests.statusCounts(scope, ['controlId'])).filter((row) => row.status === 'answered').length;
      const lines = async () =>
        (await new MongoReportSource(database.db).resultsOf('P', 2025)).take('K1').length;
      expect([await answered(), await lines()]).toEqual([0, 0]);

      // Within the lease the writer may still be at work: nothing is rolled forward.
      expect(await occasions.settleViews(id)).toBe(false);
      clock = new Date(clock.getTime() + VIEWS_LEASE_MS + 1);
      // A late writer of the same version loses, and finds the dead writer's result rolled forward.
      const late = await occasions.saveResult(id, 0, 'answered', stored, at);
      expect(late.saved).toBe(false);
      expect([await answered(), await lines()]).toEqual([1, 1]);
      expect(await occasions.collection.findOne({ _id: id })).toMatchObject({ viewsPending: false });
      expect(await occasions.settleViews(id)).toBe(false);
    } finally {
      await database.drop();
    }
  });
});
