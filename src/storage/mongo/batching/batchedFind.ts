import type { Collection, Document, Filter, FindOptions, WithId } from 'mongodb';
import { NaturalBatcher } from './NaturalBatcher';

/**
 * Callers asking for up to this many keys (a card's occasion, its few people) share finds; more
 * (a reminder pass's thousands) should read alone, in chunks, so that one batch's $in stays small.
 */
export const SHARED_FIND_MAX_KEYS = 50;

export interface BatchedFindOptions<T extends Document, K> {
  /** The filter for every key of a batch (e.g. `{ _id: { $in: keys } }`). */
  filterOf(keys: K[]): Filter<T>;
  /** Whether a document found belongs to a caller that asked for `keys`. */
  belongsTo(document: WithId<T>, keys: ReadonlySet<K>): boolean;
  sort?: FindOptions['sort'];
  projection?: FindOptions['projection'];
}

/**
 * Finds of many callers by key, sent as one find per round trip (see NaturalBatcher): the keys of
 * every caller of a batch go into one filter, and each caller gets the documents that belong to its
 * own keys, in the find's sort order, read after it asked. A document that belongs to several
 * callers is copied for each after the first, so no two callers share an object.
 */
export function batchedFind<T extends Document, K>(
  collection: Collection<T>,
  options: BatchedFindOptions<T, K>,
): (keys: readonly K[]) => Promise<Array<WithId<T>>> {
  const batcher = new NaturalBatcher<readonly K[], Array<WithId<T>>>(async (asked) => {
    const keys = [...new Set(asked.flat())];
    const documents = await collection
      .find(options.filterOf(keys), {
        ...(options.sort ? { sort: options.sort } : {}),
        ...(options.projection ? { projection: options.projection } : {}),
      })
      .toArray();
    if (asked.length === 1) return [{ ok: true, value: documents }];
    const given = new Set<WithId<T>>();
    return asked.map((callerKeys) => {
      const own = new Set(callerKeys);
      const value = documents
        .filter((document) => options.belongsTo(document, own))
        .map((document) => {
          if (!given.has(document)) {
            given.add(document);
            return document;
          }
          return structuredClone(document);
        });
      return { ok: true, value };
    });
  });
  return (keys) => (keys.length === 0 ? Promise.resolve([]) : batcher.run(keys));
}

/** Finds by _id (see batchedFind). */
export function batchedFindByIds<T extends Document & { _id: string }>(
  collection: Collection<T>,
): (ids: readonly string[]) => Promise<Array<WithId<T>>> {
  return batchedFind<T, string>(collection, {
    filterOf: (ids) => ({ _id: { $in: ids } }) as Filter<T>,
    belongsTo: (document, ids) => ids.has(document._id as string),
  });
}
