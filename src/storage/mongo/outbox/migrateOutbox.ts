import type { AnyBulkWriteOperation, Db } from 'mongodb';
import type { OutboxAttempt, OutboxStatus } from '../../../domain/ports/Outbox';
import type { OutboxDocument } from './MongoOutbox';

const OLD = ['outboxInFlight', 'outboxResults', 'outboxAttempts'] as const;

/**
 * Folds the outbox of earlier versions (items in 'outbox' without a status, their state in
 * 'outboxInFlight', 'outboxResults' and 'outboxAttempts') into the one-collection outbox, then drops
 * the old collections. Idempotent: a restart half-way through finishes the job; does nothing when
 * the old collections are gone. Run at start before any pass.
 */
export async function migrateOutbox(db: Db): Promise<number> {
  const present = new Set(
    (await db.listCollections({}, { nameOnly: true }).toArray()).map((collection) => collection.name),
  );
  if (!OLD.some((name) => present.has(name))) return 0;
  const outbox = db.collection<OutboxDocument>('outbox');
  const inFlight = db.collection<{ _id: string; owner: string; at: Date }>('outboxInFlight');
  const results = db.collection<{
    _id: string;
    status: OutboxStatus;
    attempts: OutboxAttempt[];
    at: Date;
    reason?: string;
  }>('outboxResults');
  const attempts = db.collection<OutboxAttempt & { itemId: string }>('outboxAttempts');
  let migrated = 0;
  const cursor = outbox.find({ status: { $exists: false } }, { projection: { _id: 1 } });
  const batch: string[] = [];
  const flush = async (): Promise<void> => {
    if (batch.length === 0) return;
    const ids = batch.splice(0, batch.length);
    const [markers, outcomes, earlier] = await Promise.all([
      inFlight.find({ _id: { $in: ids } }).toArray(),
      results.find({ _id: { $in: ids } }).toArray(),
      attempts
        .find({ itemId: { $in: ids } })
        .sort({ at: 1 })
        .toArray(),
    ]);
    const markerOf = new Map(markers.map((marker) => [marker._id, marker]));
    const outcomeOf = new Map(outcomes.map((outcome) => [outcome._id, outcome]));
    const operations: AnyBulkWriteOperation<OutboxDocument>[] = ids.map((id) => {
      const marker = markerOf.get(id);
      const outcome = outcomeOf.get(id);
      const history = [
        ...earlier.filter((attempt) => attempt.itemId === id).map(({ itemId: _i, ...attempt }) => attempt),
        ...(outcome?.attempts ?? []),
      ];
      const status: OutboxStatus = outcome?.status ?? (marker ? 'sending' : 'pending');
      return {
        updateOne: {
          filter: { _id: id, status: { $exists: false } },
          update: {
            $set: {
              status,
              attempts: history,
              ...(marker ? { owner: marker.owner, claimedAt: marker.at } : {}),
              ...(outcome ? { finishedAt: outcome.at } : {}),
              ...(outcome?.status === 'sent' ? { sentAt: outcome.at } : {}),
              ...(outcome?.reason ? { reason: outcome.reason } : {}),
            },
          },
        },
      };
    });
    migrated += (await outbox.bulkWrite(operations, { ordered: false })).modifiedCount;
  };
  for await (const { _id } of cursor) {
    batch.push(_id);
    if (batch.length >= 1000) await flush();
  }
  await flush();
  for (const name of OLD) if (present.has(name)) await db.collection(name).drop();
  return migrated;
}
