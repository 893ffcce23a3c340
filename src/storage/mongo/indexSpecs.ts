import type { IndexDescription } from 'mongodb';

/**
 * Every index ikbot needs, by collection. Created at start with createIndexes, which is idempotent
 * on MongoDB and FerretDB alike. Only plain and unique compound indexes: FerretDB 1.24 has no
 * partial, sparse or TTL indexes.
 */
export const indexSpecs: Record<string, IndexDescription[]> = {
  conversations: [{ key: { kind: 1, aadObjectId: 1 }, name: 'kind_aadObjectId' }],
};
