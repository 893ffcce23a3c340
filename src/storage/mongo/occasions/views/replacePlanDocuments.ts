import type { AnyBulkWriteOperation, Collection, Filter, WithoutId } from 'mongodb';

const CHUNK = 1000;

/**
 * Writes a view's rebuilt documents of one plan (bulk replaces by _id, upserting) and deletes the
 * plan's documents that are no longer part of it with one deleteMany.
 */
export async function replacePlanDocuments<T extends { _id: string; planId: string }>(
  collection: Collection<T>,
  planId: string,
  documents: Map<string, T>,
): Promise<void> {
  const all = [...documents.values()];
  for (let i = 0; i < all.length; i += CHUNK) {
    const operations = all.slice(i, i + CHUNK).map((document): AnyBulkWriteOperation<T> => ({
      replaceOne: {
        filter: { _id: document._id } as Filter<T>,
        replacement: document as WithoutId<T>,
        upsert: true,
      },
    }));
    await collection.bulkWrite(operations, { ordered: false });
  }
  await collection.deleteMany({ planId, _id: { $nin: [...documents.keys()] } } as Filter<T>);
}
