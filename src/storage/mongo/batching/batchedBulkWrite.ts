import { MongoBulkWriteError, type AnyBulkWriteOperation, type Collection, type Document } from 'mongodb';
import { NaturalBatcher, type Settled } from './NaturalBatcher';

/**
 * The writes of many callers to one collection, sent as one unordered bulkWrite per round trip
 * (see NaturalBatcher). Each caller hands over its own writes (one or several) and learns about its
 * own writes only: a write error names the operation's index, which leads back to its caller.
 * Unordered is right here because the writes of different callers are independent; the writes of
 * one caller were already sent unordered before.
 */
export function batchedBulkWrite<T extends Document>(
  collection: Collection<T>,
): (operations: Array<AnyBulkWriteOperation<T>>) => Promise<void> {
  const batcher = new NaturalBatcher<Array<AnyBulkWriteOperation<T>>, void>(async (batches) => {
    const owner: number[] = [];
    batches.forEach((operations, caller) => operations.forEach(() => owner.push(caller)));
    const settled: Array<Settled<void>> = batches.map(() => ({ ok: true, value: undefined }));
    try {
      await collection.bulkWrite(batches.flat(), { ordered: false });
    } catch (error) {
      if (!(error instanceof MongoBulkWriteError) || error.writeConcernError) throw error;
      const writeErrors = Array.isArray(error.writeErrors) ? error.writeErrors : [error.writeErrors];
      if (writeErrors.length === 0) throw error;
      for (const writeError of writeErrors) {
        const caller = owner[writeError.index];
        if (caller === undefined) throw error;
        if (settled[caller].ok) settled[caller] = { ok: false, error: writeError };
      }
    }
    return settled;
  });
  return (operations) => (operations.length === 0 ? Promise.resolve() : batcher.run(operations));
}
