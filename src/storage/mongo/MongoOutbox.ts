import type { Collection, Db, Filter } from 'mongodb';
import type { DueReminder } from '../../domain/reminders/types';
import type { Outbox, OutboxCompletion, OutboxItem, OutboxStatus } from '../../domain/ports/Outbox';

/** One reminder to deliver; recipientId and the lease are flat fields so every filter is top-level. */
export interface OutboxDocument extends Omit<OutboxItem, 'id'> {
  _id: string;
  recipientId: string;
  owner?: string;
  leaseUntil?: Date;
}

/** Present while a request for the item may be in flight; unique per item, so only one process sends it. */
interface InFlightDocument {
  _id: string;
  owner: string;
  at: Date;
}

const CHUNK = 1000;
const isDuplicateKey = (error: unknown): boolean => (error as { code?: number }).code === 11000;

/**
 * The reminder outbox. No transactions: every write is a single-document atomic update (or an
 * updateMany whose per-document filter re-checks the state), inserts use deterministic ids, and the
 * in-flight markers live in a small collection of their own ('outboxInFlight') because FerretDB
 * scans a collection on every update: the markers stay cheap however large the outbox grows.
 */
export class MongoOutbox implements Outbox {
  readonly collection: Collection<OutboxDocument>;
  readonly inFlight: Collection<InFlightDocument>;

  constructor(db: Db) {
    this.collection = db.collection<OutboxDocument>('outbox');
    this.inFlight = db.collection<InFlightDocument>('outboxInFlight');
  }

  async enqueue(reminders: readonly DueReminder[], tenantId: string, at: Date): Promise<number> {
    if (reminders.length === 0) return 0;
    const ids = reminders.map((reminder) => reminder.id);
    const existing = new Set<string>();
    for (let i = 0; i < ids.length; i += CHUNK) {
      const found = await this.collection
        .find({ _id: { $in: ids.slice(i, i + CHUNK) } }, { projection: { _id: 1 } })
        .toArray();
      for (const document of found) existing.add(document._id);
    }
    const fresh = reminders.filter((reminder) => !existing.has(reminder.id));
    let inserted = 0;
    for (let i = 0; i < fresh.length; i += CHUNK) {
      const documents = fresh.slice(i, i + CHUNK).map(({ id, ...reminder }): OutboxDocument => ({
        ...reminder,
        _id: id,
        recipientId: reminder.recipient.aadObjectId,
        tenantId,
        status: 'pending',
        createdAt: at,
        attempts: [],
      }));
      try {
        inserted += (await this.collection.insertMany(documents, { ordered: false })).insertedCount;
      } catch (error) {
        // Another pass created some of them at the same moment: the deterministic ids kept one copy.
        if (!isDuplicateKey(error)) throw error;
        inserted += (error as { result?: { insertedCount?: number } }).result?.insertedCount ?? 0;
      }
    }
    return inserted;
  }

  async supersede(ids: readonly string[], reason: string, at: Date): Promise<number> {
    if (ids.length === 0) return 0;
    const result = await this.collection.updateMany(
      { _id: { $in: [...ids] }, status: 'pending' },
      {
        $set: { status: 'skipped', reason },
        $push: { attempts: { at, outcome: 'skipped', code: 'superseded', owner: 'pass' } },
      },
    );
    return result.modifiedCount;
  }

  async recover(owner: string, clock: Date): Promise<{ unconfirmed: string[]; released: number }> {
    const expired = await this.collection
      .find({ status: 'sending', leaseUntil: { $lt: clock } }, { projection: { _id: 1 } })
      .toArray();
    if (expired.length === 0) return { unconfirmed: [], released: 0 };
    const ids = expired.map((document) => document._id);
    const markers = await this.inFlight.find({ _id: { $in: ids } }, { projection: { _id: 1 } }).toArray();
    const unconfirmed = markers.map((marker) => marker._id);
    const marked = new Set(unconfirmed);
    const released = ids.filter((id) => !marked.has(id));
    if (unconfirmed.length > 0) {
      await this.collection.updateMany(
        { _id: { $in: unconfirmed }, status: 'sending', leaseUntil: { $lt: clock } },
        {
          $set: {
            status: 'unconfirmed',
            reason:
              'The sending process stopped while the request was in flight; Teams may or may not have delivered it, so it is not sent again.',
          },
          $unset: { owner: '', leaseUntil: '' },
          $push: { attempts: { at: clock, outcome: 'unconfirmed', owner } },
        },
      );
      await this.inFlight.deleteMany({ _id: { $in: unconfirmed } });
    }
    let releasedCount = 0;
    if (released.length > 0) {
      const result = await this.collection.updateMany(
        { _id: { $in: released }, status: 'sending', leaseUntil: { $lt: clock } },
        {
          $set: { status: 'pending' },
          $unset: { owner: '', leaseUntil: '' },
          $push: { attempts: { at: clock, outcome: 'released', code: 'leaseExpired', owner } },
        },
      );
      releasedCount = result.modifiedCount;
    }
    return { unconfirmed, released: releasedCount };
  }

  async claim(owner: string, clock: Date, leaseMs: number, maxRecipients: number): Promise<OutboxItem[]> {
    const candidates = await this.collection
      .find({ status: 'pending' }, { projection: { recipientId: 1 } })
      .limit(maxRecipients * 20)
      .toArray();
    const recipients = [...new Set(candidates.map((document) => document.recipientId))].slice(
      0,
      maxRecipients,
    );
    if (recipients.length === 0) return [];
    await this.collection.updateMany(
      { recipientId: { $in: recipients }, status: 'pending' },
      { $set: { status: 'sending', owner, leaseUntil: new Date(clock.getTime() + leaseMs) } },
    );
    const claimed = await this.collection
      .find({ status: 'sending', owner, recipientId: { $in: recipients } })
      .toArray();
    return claimed.map(toItem);
  }

  async markInFlight(ids: readonly string[], owner: string, clock: Date): Promise<string[]> {
    if (ids.length === 0) return [];
    const documents = ids.map((id) => ({ _id: id, owner, at: clock }));
    try {
      await this.inFlight.insertMany(documents, { ordered: false });
      return [...ids];
    } catch (error) {
      if (!isDuplicateKey(error)) throw error;
      const mine = await this.inFlight
        .find({ _id: { $in: [...ids] }, owner }, { projection: { _id: 1 } })
        .toArray();
      const mineIds = new Set(mine.map((marker) => marker._id));
      return ids.filter((id) => mineIds.has(id));
    }
  }

  async complete(completions: readonly OutboxCompletion[], at: Date): Promise<void> {
    const groups = new Map<string, OutboxCompletion>();
    for (const completion of completions) {
      const { attempts, status, reason } = completion;
      const key = JSON.stringify([status, reason ?? '', attempts.map(({ at: _at, ...rest }) => rest)]);
      const group = groups.get(key);
      if (group) group.ids.push(...completion.ids);
      else groups.set(key, { ...completion, ids: [...completion.ids] });
    }
    for (const { ids, status, attempts, reason } of groups.values()) {
      const set: Partial<OutboxDocument> = { status };
      if (status === 'sent') set.sentAt = at;
      if (reason) set.reason = reason;
      for (let i = 0; i < ids.length; i += CHUNK) {
        await this.collection.updateMany(
          { _id: { $in: ids.slice(i, i + CHUNK) } },
          { $set: set, $unset: { owner: '', leaseUntil: '' }, $push: { attempts: { $each: attempts } } },
        );
      }
    }
    const ids = completions.flatMap((completion) => completion.ids);
    for (let i = 0; i < ids.length; i += CHUNK) {
      await this.inFlight.deleteMany({ _id: { $in: ids.slice(i, i + CHUNK) } });
    }
  }

  async forRecipient(aadObjectId: string, statuses?: readonly OutboxStatus[]): Promise<OutboxItem[]> {
    const filter: Filter<OutboxDocument> = { recipientId: aadObjectId };
    if (statuses) filter.status = { $in: [...statuses] };
    const documents = await this.collection.find(filter).sort({ dueDate: 1, _id: 1 }).toArray();
    return documents.map(toItem);
  }

  async purge(dueBefore: string): Promise<number> {
    const result = await this.collection.deleteMany({
      status: { $in: ['sent', 'failed', 'skipped', 'unconfirmed'] },
      dueDate: { $lt: dueBefore },
    });
    return result.deletedCount;
  }
}

export function toItem(document: OutboxDocument): OutboxItem {
  const { _id, recipientId: _recipientId, owner: _owner, leaseUntil: _leaseUntil, ...item } = document;
  return { ...item, id: _id };
}
