import { MongoClient } from 'mongodb';
import { NaturalBatcher, type Settled } from '../../src/storage/mongo/batching/NaturalBatcher';
import { batchedBulkWrite } from '../../src/storage/mongo/batching/batchedBulkWrite';
import { batchedFind, batchedFindByIds } from '../../src/storage/mongo/batching/batchedFind';
import { openTestDatabase } from '../support/testDatabase';

/** A send that holds each batch until released, so a test decides when the database "answers". */
function heldSend<I>() {
  const batches: I[][] = [];
  const releases: Array<(settled: Array<Settled<string>>) => void> = [];
  const send = (items: I[]) =>
    new Promise<Array<Settled<string>>>((resolve) => {
      batches.push(items);
      releases.push(resolve);
    });
  return { batches, releases, send };
}

describe('NaturalBatcher', () => {
  it('sends a lone item at once, and what arrives meanwhile together in the next batch', async () => {
    const { batches, releases, send } = heldSend<number>();
    const batcher = new NaturalBatcher<number, string>(send);
    const first = batcher.run(1);
    expect(batches).toEqual([[1]]);
    const later = [batcher.run(2), batcher.run(3), batcher.run(4)];
    expect(batches).toHaveLength(1);
    releases[0]([{ ok: true, value: 'one' }]);
    await expect(first).resolves.toBe('one');
    expect(batches).toEqual([[1], [2, 3, 4]]);
    releases[1]([
      { ok: true, value: 'two' },
      { ok: false, error: new Error('three failed') },
      { ok: true, value: 'four' },
    ]);
    await expect(Promise.allSettled(later)).resolves.toEqual([
      { status: 'fulfilled', value: 'two' },
      { status: 'rejected', reason: new Error('three failed') },
      { status: 'fulfilled', value: 'four' },
    ]);
    // Idle again: the next item goes at once.
    const next = batcher.run(5);
    expect(batches[2]).toEqual([5]);
    releases[2]([{ ok: true, value: 'five' }]);
    await expect(next).resolves.toBe('five');
  });

  it('gives every item of a batch the error when the send throws, and goes on with the next batch', async () => {
    let calls = 0;
    const batcher = new NaturalBatcher<number, number>(async (items) => {
      calls += 1;
      if (calls === 1) throw new Error('connection reset');
      return items.map((item) => ({ ok: true, value: item * 10 }));
    });
    const results = await Promise.allSettled([batcher.run(1), batcher.run(2), batcher.run(3)]);
    expect(results[0]).toEqual({ status: 'rejected', reason: new Error('connection reset') });
    expect(results.slice(1)).toEqual([
      { status: 'fulfilled', value: 20 },
      { status: 'fulfilled', value: 30 },
    ]);
  });

  it('never sends more than maxBatch items at once', async () => {
    const sizes: number[] = [];
    const batcher = new NaturalBatcher<number, number>(
      async (items) => {
        sizes.push(items.length);
        return items.map((item) => ({ ok: true, value: item }));
      },
      { maxBatch: 3 },
    );
    await Promise.all(Array.from({ length: 8 }, (_, i) => batcher.run(i)));
    expect(sizes).toEqual([1, 3, 3, 1]);
  });

  it('rejects items the send left unanswered instead of leaving them waiting', async () => {
    const batcher = new NaturalBatcher<number, number>(async () => []);
    await expect(batcher.run(1)).rejects.toThrow('The batch answered 0 of 1 items.');
  });
});

describe('batched reads and writes on the embedded database', () => {
  let database: Awaited<ReturnType<typeof openTestDatabase>>;
  beforeAll(async () => {
    database = await openTestDatabase('naturalBatching');
  });
  afterAll(async () => database.drop());

  it("applies 50 concurrent callers' writes, in fewer commands, and tells each caller of its own duplicate key", async () => {
    const monitored = await MongoClient.connect(database.uri, { monitorCommands: true });
    const entries = monitored.db(database.name).collection<{ _id: string; n: number }>('batchedWrites');
    await entries.insertOne({ _id: 'taken', n: 0 });
    const write = batchedBulkWrite(entries);
    const commands: string[] = [];
    monitored.on('commandStarted', (event) => commands.push(event.commandName));
    const outcomes = await Promise.allSettled(
      Array.from({ length: 50 }, (_, i) =>
        write([
          { insertOne: { document: { _id: i === 7 ? 'taken' : `e${i}`, n: i } } },
          { updateOne: { filter: { _id: 'sum' }, update: { $inc: { n: 1 } }, upsert: true } },
        ]),
      ),
    );
    const rejected = outcomes.flatMap((outcome, i) => (outcome.status === 'rejected' ? [i] : []));
    expect(rejected).toEqual([7]);
    expect((outcomes[7] as PromiseRejectedResult).reason).toMatchObject({ code: 11000 });
    // 'taken', the 49 new entries and 'sum'.
    expect(await entries.countDocuments({})).toBe(51);
    // Every caller's $inc counted, also the one whose insert was refused (its writes are unordered).
    expect((await entries.findOne({ _id: 'sum' }))?.n).toBe(50);
    const inserts = commands.filter((name) => name === 'insert').length;
    expect(inserts).toBeGreaterThan(0);
    expect(inserts).toBeLessThan(50);
    await monitored.close();
  });

  it("gives each concurrent reader its own documents, read after it asked, never another caller's object", async () => {
    const items = database.db.collection<{ _id: string; owner: string; n: number }>('batchedReads');
    await items.insertMany([
      { _id: 'a1', owner: 'a', n: 1 },
      { _id: 'a2', owner: 'a', n: 2 },
      { _id: 'b1', owner: 'b', n: 3 },
    ]);
    const byOwner = batchedFind<{ _id: string; owner: string; n: number }, string>(items, {
      filterOf: (owners) => ({ owner: { $in: owners } }),
      belongsTo: (document, owners) => owners.has(document.owner),
      sort: { n: -1 },
    });
    const [a, b, again, none] = await Promise.all([
      byOwner(['a']),
      byOwner(['b']),
      byOwner(['a']),
      byOwner(['c']),
    ]);
    expect(a.map((document) => document._id)).toEqual(['a2', 'a1']);
    expect(b.map((document) => document._id)).toEqual(['b1']);
    expect(again).toEqual(a);
    expect(again[0]).not.toBe(a[0]);
    expect(none).toEqual([]);

    const byIds = batchedFindByIds(items);
    const before = byIds(['a1']);
    const afterWrite = items.updateOne({ _id: 'b1' }, { $set: { n: 30 } }).then(() => byIds(['b1', 'a2']));
    expect((await before).map((document) => document._id)).toEqual(['a1']);
    expect((await afterWrite).find((document) => document._id === 'b1')?.n).toBe(30);
  });
});
