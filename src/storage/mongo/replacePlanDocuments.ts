import type { Collection, Filter, WithoutId } from 'mongodb';

/**
 * Writes a view's rebuilt documents of one plan and deletes the plan's documents that are no longer
 * part of it: one write per document by _id (FerretDB 1.24 did not finish large bulk writes).
 */
export async function replacePlanDocuments<T extends { _id: string; planId: string }>(
  collection: Collection<T>,
  planId: string,
  documents: Map<string, T>,
): Promise<void> {
  for (const document of documents.values()) {
    await collection.replaceOne({ _id: document._id } as Filter<T>, document as WithoutId<T>, {
      upsert: true,
    });
  }
  const stored = await collection
    .find({ planId } as Filter<T>, { projection: { _id: 1 } })
    .map((document) => document._id as string)
    .toArray();
  for (const id of stored.filter((candidate) => !documents.has(candidate))) {
    await collection.deleteOne({ _id: id } as Filter<T>);
  }
}
