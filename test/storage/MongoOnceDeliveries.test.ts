import { ensureIndexes } from '../../src/storage/mongo/database/ensureIndexes';
import { MongoOnceDeliveries } from '../../src/storage/mongo/outbox/MongoOnceDeliveries';
import { openTestDatabase } from '../support/testDatabase';
import { onceDeliveriesContract } from './contracts/onceDeliveriesContract';

onceDeliveriesContract('MongoOnceDeliveries', async () => {
  const database = await openTestDatabase('once_deliveries_contract');
  await ensureIndexes(database.db);
  return {
    deliveries: new MongoOnceDeliveries(database.db),
    other: new MongoOnceDeliveries(database.db),
    close: database.drop,
  };
});
