import { MongoAuditLog } from '../../src/storage/mongo/audit/MongoAuditLog';
import { ensureIndexes } from '../../src/storage/mongo/database/ensureIndexes';
import { MongoOccasionRepository } from '../../src/storage/mongo/occasions/MongoOccasionRepository';
import { MongoPlanRepository } from '../../src/storage/mongo/plans/MongoPlanRepository';
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
