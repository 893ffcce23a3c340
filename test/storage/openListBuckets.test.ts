import { MongoOccasionCounters } from '../../src/storage/mongo/occasions/views/MongoOccasionCounters';
import { openTestDatabase } from '../support/testDatabase';

const entry = (id: string, unit: string) => JSON.stringify([id, 'R1', 'K1', unit, '2025-06']);

describe('the open list of a month, spread over buckets', () => {
  let database: Awaited<ReturnType<typeof openTestDatabase>>;
  beforeAll(async () => {
    database = await openTestDatabase('openListBuckets');
  });
  afterAll(async () => database.drop());

  it('reads every bucket and the single list stored before the buckets, sorted by due date and id', async () => {
    const counters = new MongoOccasionCounters(database.db);
    await counters.collection.insertMany([
      // As ikbot stored it before the buckets (kept until the next rebuild replaces it).
      {
        _id: 'P|2025-06|open',
        planId: 'P',
        dueMonth: '2025-06',
        open: { '2025-06-30': [entry('P/K1/b/2025-06', 'b')] },
        updatedAt: new Date(),
      },
      {
        _id: 'P|2025-06|open|3',
        planId: 'P',
        dueMonth: '2025-06',
        open: { '2025-06-30': [entry('P/K1/a/2025-06', 'a')], '2025-06-10': [entry('P/K1/c/2025-06', 'c')] },
        updatedAt: new Date(),
      },
      {
        _id: 'P|2025-06|open|17',
        planId: 'P',
        dueMonth: '2025-06',
        open: { '2025-06-30': [entry('P/K1/d/2025-06', 'd')] },
        updatedAt: new Date(),
      },
    ]);
    const rows = await counters.openBefore('P', '2025-06-01', '2025-07-01', 10);
    expect(rows.map((row) => [row.dueDate, row.occasionId])).toEqual([
      ['2025-06-10', 'P/K1/c/2025-06'],
      ['2025-06-30', 'P/K1/a/2025-06'],
      ['2025-06-30', 'P/K1/b/2025-06'],
      ['2025-06-30', 'P/K1/d/2025-06'],
    ]);
    expect(await counters.openBefore('P', '2025-06-01', '2025-07-01', 10, ['a', 'd'])).toHaveLength(2);
  });
});
