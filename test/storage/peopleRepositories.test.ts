import { ensureIndexes } from '../../src/storage/mongo/database/ensureIndexes';
import { MongoSubscriptionRepository } from '../../src/storage/mongo/digests/MongoSubscriptionRepository';
import { MongoAbsenceRepository } from '../../src/storage/mongo/people/MongoAbsenceRepository';
import { MongoConversationRepository } from '../../src/storage/mongo/people/MongoConversationRepository';
import { openTestDatabase } from '../support/testDatabase';
import { peopleContract } from './contracts/peopleContract';

peopleContract(
  'MongoConversationRepository, MongoAbsenceRepository, MongoSubscriptionRepository',
  async () => {
    const database = await openTestDatabase('people_contract');
    await ensureIndexes(database.db);
    return {
      conversations: new MongoConversationRepository(database.db),
      absences: new MongoAbsenceRepository(database.db),
      subscriptions: new MongoSubscriptionRepository(database.db),
      close: database.drop,
    };
  },
);
