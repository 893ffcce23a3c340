import { MongoAuditLog } from '../../src/storage/mongo/audit/MongoAuditLog';
import { ensureIndexes } from '../../src/storage/mongo/database/ensureIndexes';
import { MongoOccasionRepository } from '../../src/storage/mongo/occasions/MongoOccasionRepository';
import { MongoPlanRepository } from '../../src/storage/mongo/plans/MongoPlanRepository';
import { generateLargePlan } from '../../src/planFiles';
import { openTestDatabase } from '../support/testDatabase';
import { plansContract } from './contracts/plansContract';

plansContract('MongoPlanRepository with MongoAuditLog', async () => {
  const database = await openTestDatabase('plans_contract');
  await ensureIndexes(database.db);
  return {
    plans: new MongoPlanRepository(database.db),
    other: new MongoPlanRepository(database.db),
    occasions: new MongoOccasionRepository(database.db),
    audit: new MongoAuditLog(database.db),
    close: database.drop,
  };
});

describe('MongoPlanRepository reads', () => {
  it('reads a plan rewritten outside the repository (a person erased) again, not from its cache', async () => {
    const database = await openTestDatabase('plans_cache');
    try {
      const plans = new MongoPlanRepository(database.db);
      const plan = { ...generateLargePlan({ units: 2, controls: 2, year: 2025 }), id: 'P-2025' };
      await plans.save({ ...plan, title: 'Erik Olssons plan' }, 'cli', new Date('2025-01-02T08:00:00Z'));
      expect((await plans.findById('P-2025'))?.plan.title).toBe('Erik Olssons plan');
      // As MongoPersonalData.erase rewrites a document: the content replaced, the etag dropped.
      await database.db
        .collection('plans')
        .updateOne(
          { _id: 'P-2025' as never },
          { $set: { 'plan.title': 'Pseudonym plan' }, $unset: { etag: '' } },
        );
      expect((await plans.findById('P-2025'))?.plan.title).toBe('Pseudonym plan');
      expect((await plans.list())[0].plan.title).toBe('Pseudonym plan');
    } finally {
      await database.drop();
    }
  });
});
