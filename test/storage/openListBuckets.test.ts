import {
  COUNTERS_LAYOUT,
  MongoOccasionCounters,
  OPEN_BUCKETS,
} from '../../src/storage/mongo/occasions/views/MongoOccasionCounters';
import { openTestDatabase } from '../support/testDatabase';

const entry = (id: string, unit: string) => JSON.stringify([id, 'R1', 'K1', unit, '2025-06']);

describe('the open list of a month, spread over buckets', () => {
  let database: Awaited<ReturnType<typeof openTestDatabase>>;
  beforeAll(async () => {
    database = await openTestDatabase('openListBuckets');
  });
  afterAll(async () => database.drop());

  it('reads every bucket, sorted by due date and id', async () => {
    const counters = new MongoOccasionCounters(database.db);
    const list = (bucket: number, open: Record<string, string[]>) => ({
      _id: `P|2025-06|o${bucket}`,
      planId: 'P',
      dueMonth: '2025-06',
      layout: COUNTERS_LAYOUT,
      open,
      updatedAt: new Date(),
    });
    await counters.collection.insertMany([
      list(0, { '2025-06-30': [entry('P/K1/b/2025-06', 'b')] }),
      list(3, { '2025-06-30': [entry('P/K1/a/2025-06', 'a')], '2025-06-10': [entry('P/K1/c/2025-06', 'c')] }),
      list(OPEN_BUCKETS - 1, { '2025-06-30': [entry('P/K1/d/2025-06', 'd')] }),
      // Another month's list is not read.
      {
        ...list(5, { '2025-07-31': [entry('P/K1/e/2025-07', 'e')] }),
        _id: 'P|2025-07|o5',
        dueMonth: '2025-07',
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
