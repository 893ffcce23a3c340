import { ensureIndexes } from '../../src/storage/mongo/database/ensureIndexes';
import { indexSpecs } from '../../src/storage/mongo/database/indexSpecs';
import { openTestDatabase } from '../support/testDatabase';

describe('ensureIndexes', () => {
  it('creates every declared index and can run again on an existing database (a restart)', async () => {
    const database = await openTestDatabase('indexes');
    try {
      await ensureIndexes(database.db);
      await ensureIndexes(database.db);
      for (const [collection, indexes] of Object.entries(indexSpecs)) {
        const names = (await database.db.collection(collection).indexes()).map((index) => index.name);
        expect(names).toEqual(expect.arrayContaining(indexes.map((index) => index.name)));
      }
      expect(await database.db.command({ ping: 1 })).toMatchObject({ ok: 1 });
    } finally {
      await database.drop();
    }
  });
});
