import { ensureIndexes } from '../../src/storage/mongo/database/ensureIndexes';
import { MongoOutbox } from '../../src/storage/mongo/outbox/MongoOutbox';
import { openTestDatabase } from '../support/testDatabase';

const at = new Date('2025-02-07T08:00:00Z');
const item = (n: number) => ({
  _id: `item${n}`,
  occasionId: `P/K1/u${n}/2025-01`,
  planId: 'P',
  kind: 'notice',
  role: 'performer',
  recipient: { aadObjectId: 'person', name: 'Person', locale: 'sv' },
  recipientId: 'person',
  controlId: 'K1',
  controlTitle: 'Loggkontroll',
  unitId: `u${n}`,
  unitName: `Enhet ${n}`,
  periodKey: '2025-01',
  dueDate: '2025-02-14',
  daysOverdue: 0,
  supersedes: [],
  tenantId: 'tenant',
  createdAt: at,
});

describe('the outbox of an earlier version (four insert-only collections)', () => {
  it('is folded into one collection at start, every item with its state and attempts, and the old collections dropped', async () => {
    const database = await openTestDatabase('migrate_outbox');
    try {
      const { db } = database;
      await db.collection('outbox').insertMany([1, 2, 3, 4].map(item) as never[]);
      await db.collection('outboxInFlight').insertMany([
        { _id: 'item2', owner: 'a', at },
        { _id: 'item3', owner: 'a', at },
      ] as never[]);
      await db.collection('outboxResults').insertOne({
        _id: 'item3',
        status: 'sent',
        attempts: [{ at, outcome: 'sent', owner: 'a' }],
        at,
      } as never);
      await db
        .collection('outboxAttempts')
        .insertOne({ itemId: 'item4', at, outcome: 'retry', httpStatus: 503, owner: 'a' } as never);

      await ensureIndexes(db);
      await ensureIndexes(db);

      const items = await new MongoOutbox(db).forRecipient('person');
      expect(items.map((i) => [i.id, i.status, i.attempts.map((a) => a.outcome)])).toEqual([
        ['item1', 'pending', []],
        ['item2', 'sending', []],
        ['item3', 'sent', ['sent']],
        ['item4', 'pending', ['retry']],
      ]);
      expect(items[2].sentAt).toEqual(at);
      const names = (await db.listCollections({}, { nameOnly: true }).toArray()).map((c) => c.name);
      expect(names).not.toEqual(expect.arrayContaining(['outboxInFlight']));
      expect(names.filter((name) => name.startsWith('outbox'))).toEqual(['outbox']);
      // A stale claim of the old layout is recovered like a new one.
      expect(await new MongoOutbox(db).recover('x', new Date(at.getTime() + 300_000), 120_000)).toEqual({
        unconfirmed: ['item2'],
      });
    } finally {
      await database.drop();
    }
  });
});
