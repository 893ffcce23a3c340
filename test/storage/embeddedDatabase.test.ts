import { openTestDatabase } from '../support/testDatabase';

/** The properties the storage code relies on, checked on the database the tests run on. */
describe('the test database behaves as MongoDB does under concurrency', () => {
  let database: Awaited<ReturnType<typeof openTestDatabase>>;
  beforeAll(async () => {
    database = await openTestDatabase('embeddedDatabase');
  });
  afterAll(async () => database.drop());

  it('50 concurrent $inc of one field add up to 50', async () => {
    const counters = database.db.collection<{ _id: string; n: number }>('counters');
    await counters.insertOne({ _id: 'c', n: 0 });
    await Promise.all(Array.from({ length: 50 }, () => counters.updateOne({ _id: 'c' }, { $inc: { n: 1 } })));
    expect((await counters.findOne({ _id: 'c' }))?.n).toBe(50);
  });

  it('50 concurrent conditional updates of one version have exactly one winner', async () => {
    const claims = database.db.collection<{ _id: string; version: number; by?: number }>('claims');
    await claims.insertOne({ _id: 'x', version: 1 });
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, by) =>
        claims.findOneAndUpdate({ _id: 'x', version: 1 }, { $set: { version: 2, by } }),
      ),
    );
    const winners = results.filter((result) => result !== null);
    expect(winners).toHaveLength(1);
    expect((await claims.findOne({ _id: 'x' }))?.version).toBe(2);
  });

  it('a unique index refuses a second insert with code 11000', async () => {
    const keys = database.db.collection<{ _id: string; key: string }>('keys');
    await keys.createIndex({ key: 1 }, { unique: true });
    await keys.insertOne({ _id: 'a', key: 'k' });
    await expect(keys.insertOne({ _id: 'b', key: 'k' })).rejects.toMatchObject({ code: 11000 });
  });

  it('a query naming an indexed field and more matches the whole query (the launcher looks such queries up by the index)', async () => {
    const occasions = database.db.collection<{ _id: string; version: number; unit: string; tags?: string[] }>(
      'lookups',
    );
    await occasions.createIndex({ unit: 1, version: 1 }, { unique: true });
    await occasions.insertMany([
      { _id: 'a', version: 1, unit: 'u1', tags: ['x'] },
      { _id: 'b', version: 2, unit: 'u1' },
      { _id: 'c', version: 1, unit: 'u2' },
    ]);
    expect(await occasions.findOne({ _id: 'a', version: 1 })).toMatchObject({ _id: 'a' });
    expect(await occasions.findOne({ _id: 'a', version: 2 })).toBeNull();
    expect(await occasions.findOne({ _id: 'a', tags: 'x' })).toMatchObject({ _id: 'a' });
    expect(await occasions.findOne({ _id: 'a', tags: 'y' })).toBeNull();
    expect(await occasions.findOne({ _id: 'b', version: { $gt: 1 } })).toMatchObject({ _id: 'b' });
    expect(await occasions.findOne({ _id: 'b', $or: [{ unit: 'u2' }, { version: 1 }] })).toBeNull();
    expect(await occasions.findOne({ unit: 'u1', version: 2, _id: 'b' })).toMatchObject({ _id: 'b' });
    expect(await occasions.findOne({ unit: 'u1', version: 1, _id: 'b' })).toBeNull();
    expect(
      (await occasions.find({ _id: { $in: ['a', 'c'] }, version: 1 }).toArray()).map((d) => d._id).sort(),
    ).toEqual(['a', 'c']);
    const claimed = await occasions.updateOne({ _id: 'c', version: 1 }, { $set: { version: 3 } });
    expect(claimed.modifiedCount).toBe(1);
    expect((await occasions.updateOne({ _id: 'c', version: 1 }, { $set: { version: 4 } })).matchedCount).toBe(
      0,
    );
    expect((await occasions.findOne({ _id: 'c' }))?.version).toBe(3);
    await occasions.deleteOne({ _id: 'a', version: 1 });
    expect(await occasions.findOne({ _id: 'a' })).toBeNull();
  });
});
