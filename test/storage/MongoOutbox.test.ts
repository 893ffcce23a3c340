import { MongoOutbox } from '../../src/storage/mongo/outbox/MongoOutbox';
import { ensureIndexes } from '../../src/storage/mongo/database/ensureIndexes';
import { openTestDatabase } from '../support/testDatabase';
import { outboxContract } from './contracts/outboxContract';

outboxContract('MongoOutbox', async () => {
  const database = await openTestDatabase('outbox_contract');
  await ensureIndexes(database.db);
  return { outbox: new MongoOutbox(database.db), other: new MongoOutbox(database.db), close: database.drop };
});

describe('MongoOutbox person leases', () => {
  const at = new Date('2025-02-07T08:00:00Z');
  const recipient = {
    aadObjectId: '00000000-0000-4000-8000-000000000001',
    name: 'Person 1',
    locale: 'sv' as const,
  };
  const item = {
    id: `P/K1/u1/2025-01|notice|${recipient.aadObjectId}`,
    occasionId: 'P/K1/u1/2025-01',
    planId: 'P',
    kind: 'notice' as const,
    role: 'performer' as const,
    recipient,
    controlId: 'K1',
    controlTitle: 'Loggkontroll',
    unitId: 'u1',
    unitName: 'Enhet 1',
    periodKey: '2025-01',
    dueDate: '2025-02-14',
    daysOverdue: 0,
    supersedes: [],
  };

  it('leaves a person alone while a dead claimer’s lease lasts, and claims after it expired', async () => {
    const database = await openTestDatabase('outbox_leases');
    try {
      await ensureIndexes(database.db);
      const outbox = new MongoOutbox(database.db);
      await outbox.enqueue([item], 'tenant', at);
      // A pass died between taking the person's lease and releasing it.
      await outbox.leases.insertOne({
        _id: recipient.aadObjectId,
        owner: 'dead',
        until: new Date(at.getTime() + 60_000),
      });
      expect(await outbox.markInFlight([item.id], 'a', new Date(at.getTime() + 30_000), 60_000)).toEqual([]);
      expect((await outbox.pending()).map((pending) => pending.id)).toEqual([item.id]);
      expect(await outbox.markInFlight([item.id], 'b', new Date(at.getTime() + 61_000), 60_000)).toEqual([
        item.id,
      ]);
      expect(await outbox.leases.countDocuments()).toBe(0);
    } finally {
      await database.drop();
    }
  });
});
