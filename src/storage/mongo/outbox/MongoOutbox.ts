import { randomUUID } from 'node:crypto';
import type { AnyBulkWriteOperation, Collection, Db } from 'mongodb';
import type {
  Outbox,
  OutboxAttempt,
  OutboxCompletion,
  OutboxItem,
  OutboxStatus,
} from '../../../domain/ports/Outbox';
import type { DueReminder } from '../../../domain/reminders/types';

/** One reminder to deliver and its state: one document, changed only by single-document atomic updates. */
export interface OutboxDocument extends Omit<OutboxItem, 'id'> {
  _id: string;
  recipientId: string;
  /** The pass that claimed the item for sending (status 'sending' and after). */
  owner?: string;
  /** Wall clock of the claim: with the lease length it tells whether the sender is still alive. */
  claimedAt?: Date;
  /** The claim's own token (owner and a random part), to read back exactly what one claim took. */
  claim?: string;
  finishedAt?: Date;
}

/** A pass's hold on one person while it claims that person's items (released right after). */
export interface RecipientLeaseDocument {
  _id: string;
  owner: string;
  until: Date;
}

const CHUNK = 1000;
const DEFAULT_LEASE_MS = 120_000;
const FINISHED: OutboxStatus[] = ['sent', 'failed', 'skipped', 'unconfirmed'];
const isDuplicateKey = (error: unknown): boolean => (error as { code?: number }).code === 11000;

/**
 * The reminder outbox: one collection, one document per reminder (the deterministic reminder id as
 * _id, so enqueueing twice is a no-op). A send is claimed like agenda claims a job: a
 * conditional update from 'pending' to 'sending' with the owner and the claim time, so of several
 * processes exactly one sends an item; a person's items are claimed together under a short
 * per-person lease (outboxRecipientLeases), so two processes never split one person's message. An outcome moves 'sending' on; a claim older than the lease
 * without an outcome means the sender died with the request in flight: it becomes 'unconfirmed' and
 * is never re-sent (Bot Framework has no idempotent send, so at most once is the safe side).
 */
export class MongoOutbox implements Outbox {
  readonly collection: Collection<OutboxDocument>;
  readonly leases: Collection<RecipientLeaseDocument>;

  constructor(db: Db) {
    this.collection = db.collection<OutboxDocument>('outbox');
    this.leases = db.collection<RecipientLeaseDocument>('outboxRecipientLeases');
  }

  async enqueue(reminders: readonly DueReminder[], tenantId: string, at: Date): Promise<number> {
    let inserted = 0;
    for (let i = 0; i < reminders.length; i += CHUNK) {
      const chunk = reminders.slice(i, i + CHUNK);
      // Most of a pass's reminders exist already (passes repeat every hour): insert only the new ones.
      const existing = new Set(
        (
          await this.collection
            .find({ _id: { $in: chunk.map((reminder) => reminder.id) } }, { projection: { _id: 1 } })
            .toArray()
        ).map((document) => document._id),
      );
      const documents = chunk
        .filter((reminder) => !existing.has(reminder.id))
        .map(({ id, ...reminder }): OutboxDocument => ({
          ...reminder,
          _id: id,
          recipientId: reminder.recipient.aadObjectId,
          tenantId,
          createdAt: at,
          status: 'pending',
          attempts: [],
        }));
      if (documents.length === 0) continue;
      try {
        inserted += (await this.collection.insertMany(documents, { ordered: false })).insertedCount;
      } catch (error) {
        // Another process enqueued the same reminders at the same moment: the unique _id kept one copy.
        if (!isDuplicateKey(error)) throw error;
        // Counted from the refused documents: mongo-java-server reports n as if all were inserted.
        const refused = (error as { writeErrors?: unknown[] | unknown }).writeErrors;
        inserted += documents.length - (Array.isArray(refused) ? refused.length : 1);
      }
    }
    return inserted;
  }

  async supersede(ids: readonly string[], reason: string, at: Date): Promise<number> {
    const attempt: OutboxAttempt = { at, outcome: 'skipped', code: 'superseded', owner: 'pass' };
    let modified = 0;
    for (let i = 0; i < ids.length; i += CHUNK) {
      const result = await this.collection.updateMany(
        { _id: { $in: ids.slice(i, i + CHUNK) }, status: 'pending' },
        { $set: { status: 'skipped', reason, finishedAt: at }, $push: { attempts: attempt } },
      );
      modified += result.modifiedCount;
    }
    return modified;
  }

  async recover(owner: string, clock: Date, staleMs: number): Promise<{ unconfirmed: string[] }> {
    const expired = { status: 'sending' as const, claimedAt: { $lt: new Date(clock.getTime() - staleMs) } };
    const stale = await this.collection.find(expired, { projection: { _id: 1 } }).toArray();
    const reason =
      'The sending process stopped while the request was in flight; Teams may or may not have delivered it, so it is not sent again.';
    const unconfirmed: string[] = [];
    // Rare (a process died mid-send): one conditional update each, so two recovering passes report each item once.
    for (const { _id } of stale) {
      const taken = await this.collection.findOneAndUpdate(
        { _id, ...expired },
        {
          $set: { status: 'unconfirmed', reason, finishedAt: clock },
          $push: { attempts: { at: clock, outcome: 'unconfirmed', owner } },
        },
        { projection: { _id: 1 } },
      );
      if (taken) unconfirmed.push(_id);
    }
    return { unconfirmed };
  }

  async pending(exclude: ReadonlySet<string> = new Set()): Promise<OutboxItem[]> {
    const documents = await this.collection
      .find({ status: 'pending' })
      .sort({ createdAt: 1, _id: 1 })
      .toArray();
    return documents.filter((document) => !exclude.has(document._id)).map(toItem);
  }

  async markInFlight(
    ids: readonly string[],
    owner: string,
    clock: Date,
    leaseMs: number = DEFAULT_LEASE_MS,
  ): Promise<string[]> {
    const wanted = await this.collection
      .find({ _id: { $in: [...ids] }, status: 'pending' }, { projection: { _id: 1, recipientId: 1 } })
      .toArray();
    const byRecipient = new Map<string, string[]>();
    for (const { _id, recipientId } of wanted) {
      byRecipient.set(recipientId, [...(byRecipient.get(recipientId) ?? []), _id]);
    }
    const claimed = new Set<string>();
    for (const [recipientId, mine] of byRecipient) {
      for (const id of await this.claimRecipient(recipientId, mine, owner, clock, leaseMs)) claimed.add(id);
    }
    return ids.filter((id) => claimed.has(id));
  }

  /**
   * A person's items are claimed together, so two passes never split one person's message: first
   * the person's lease (one conditional upsert on a document of its own, taken when absent or
   * expired), then under it the items (one updateMany from 'pending'), then the lease is released.
   * Every claim of an item goes through the lease, so while one pass holds it no other pass claims
   * any of that person's items; after it the claimed items are 'sending' and no longer claimable.
   * A pass that dies holding the lease blocks the person until the lease expires (read by time,
   * never left to TTL).
   */
  private async claimRecipient(
    recipientId: string,
    ids: string[],
    owner: string,
    clock: Date,
    leaseMs: number,
  ): Promise<string[]> {
    const token = `${owner}|${randomUUID()}`;
    try {
      await this.leases.findOneAndUpdate(
        { _id: recipientId, until: { $lte: clock } },
        { $set: { owner: token, until: new Date(clock.getTime() + leaseMs) } },
        { upsert: true, projection: { _id: 1 } },
      );
    } catch (error) {
      // The lease exists and has not expired: another pass is claiming this person's items now.
      if (isDuplicateKey(error)) return [];
      throw error;
    }
    try {
      await this.collection.updateMany(
        { _id: { $in: ids }, recipientId, status: 'pending' },
        { $set: { status: 'sending', owner, claimedAt: clock, claim: token } },
      );
      const mine = await this.collection
        .find({ _id: { $in: ids }, status: 'sending', claim: token }, { projection: { _id: 1 } })
        .toArray();
      return mine.map((document) => document._id);
    } finally {
      await this.leases.deleteOne({ _id: recipientId, owner: token });
    }
  }

  async complete(completions: readonly OutboxCompletion[], at: Date): Promise<void> {
    const operations: AnyBulkWriteOperation<OutboxDocument>[] = [];
    for (const { ids, status, attempts, reason } of completions) {
      for (let i = 0; i < ids.length; i += CHUNK) {
        const chunk = ids.slice(i, i + CHUNK);
        const push = { attempts: { $each: attempts } };
        if (status === 'pending') {
          // Handed back (a send that outlasted its retries): a later pass may claim it again.
          operations.push({
            updateMany: {
              filter: { _id: { $in: chunk }, status: 'sending' },
              update: {
                $set: { status: 'pending', ...(reason ? { reason } : {}) },
                $unset: { owner: '', claimedAt: '', claim: '' },
                $push: push,
              },
            },
          });
        } else {
          // Skipped items were never claimed; every other outcome ends a claim.
          const from: OutboxStatus = status === 'skipped' ? 'pending' : 'sending';
          operations.push({
            updateMany: {
              filter: { _id: { $in: chunk }, status: from },
              update: {
                $set: {
                  status,
                  finishedAt: at,
                  ...(status === 'sent' ? { sentAt: at } : {}),
                  ...(reason ? { reason } : {}),
                },
                $push: push,
              },
            },
          });
        }
      }
    }
    if (operations.length > 0) await this.collection.bulkWrite(operations, { ordered: false });
  }

  async forRecipient(aadObjectId: string, statuses?: readonly OutboxStatus[]): Promise<OutboxItem[]> {
    const documents = await this.collection
      .find({ recipientId: aadObjectId, ...(statuses ? { status: { $in: [...statuses] } } : {}) })
      .sort({ dueDate: 1, _id: 1 })
      .toArray();
    return documents.map(toItem);
  }

  async purge(dueBefore: string): Promise<number> {
    const { deletedCount } = await this.collection.deleteMany({
      dueDate: { $lt: dueBefore },
      status: { $in: FINISHED },
    });
    return deletedCount;
  }
}

function toItem(document: OutboxDocument): OutboxItem {
  const { _id, recipientId: _r, owner: _o, claimedAt: _c, claim: _k, finishedAt: _f, ...item } = document;
  return { ...item, id: _id };
}
