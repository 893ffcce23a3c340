import type { Db } from 'mongodb';
import { indexSpecs } from './indexSpecs';

/**
 * Creates the missing indexes, one at a time. Idempotent. One at a time and only the missing ones,
 * because FerretDB 1.24 panics ("slice bounds out of range") on a createIndexes command that lists
 * several indexes of which some already exist — i.e. on every restart.
 */
export async function ensureIndexes(db: Db): Promise<void> {
  const existingCollections = new Set(
    (await db.listCollections({}, { nameOnly: true }).toArray()).map((c) => c.name),
  );
  for (const [collection, indexes] of Object.entries(indexSpecs)) {
    const existing = existingCollections.has(collection)
      ? new Set((await db.collection(collection).indexes()).map((index) => index.name))
      : new Set<string>();
    for (const index of indexes) {
      if (index.name && existing.has(index.name)) continue;
      const { key, ...options } = index;
      await db.collection(collection).createIndex(key, options);
    }
  }
}
