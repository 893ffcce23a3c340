import type { Db } from 'mongodb';
import { indexSpecs } from './indexSpecs';

export async function ensureIndexes(db: Db): Promise<void> {
  for (const [collection, indexes] of Object.entries(indexSpecs)) {
    if (indexes.length > 0) await db.collection(collection).createIndexes(indexes);
  }
}
