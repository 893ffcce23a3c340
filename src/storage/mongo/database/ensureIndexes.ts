import type { Db, IndexDescription } from 'mongodb';
import { indexSpecs } from './indexSpecs';
import { migrateOutbox } from '../outbox/migrateOutbox';

const sameKey = (a: object, b: object): boolean => JSON.stringify(a) === JSON.stringify(b);

/**
 * Creates the declared indexes, one createIndexes per collection (idempotent: MongoDB leaves an
 * identical index alone). An index of an earlier version on the same key under another name (e.g.
 * a plain expiresAt index that is now a TTL index) is dropped first, since MongoDB refuses two
 * indexes on one key with different options. Also folds an earlier outbox layout into the current one.
 */
export async function ensureIndexes(db: Db): Promise<void> {
  await migrateOutbox(db);
  const existingCollections = new Set(
    (await db.listCollections({}, { nameOnly: true }).toArray()).map((c) => c.name),
  );
  for (const [name, indexes] of Object.entries(indexSpecs)) {
    const collection = db.collection(name);
    if (existingCollections.has(name)) {
      const existing = await collection.indexes();
      for (const index of existing) {
        const replaced = indexes.some(
          (spec: IndexDescription) => spec.name !== index.name && sameKey(spec.key, index.key),
        );
        if (replaced && index.name) await collection.dropIndex(index.name);
      }
    }
    await collection.createIndexes(indexes);
  }
}
