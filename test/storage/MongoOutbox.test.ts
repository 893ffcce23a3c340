import { MongoOutbox } from '../../src/storage/mongo/outbox/MongoOutbox';
import { ensureIndexes } from '../../src/storage/mongo/database/ensureIndexes';
import { openTestDatabase } from '../support/testDatabase';
import { outboxContract } from './contracts/outboxContract';

outboxContract('MongoOutbox', async () => {
  const database = await openTestDatabase('outbox_contract');
  await ensureIndexes(database.db);
  return { outbox: new MongoOutbox(database.db), other: new MongoOutbox(database.db), close: database.drop };
});
