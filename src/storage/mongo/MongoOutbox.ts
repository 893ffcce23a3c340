import type { Collection, Db, Filter } from 'mongodb';
import type {
  Outbox,
  OutboxAttempt,
  OutboxCompletion,
  OutboxItem,
  OutboxStatus,
} from '../../domain/ports/Outbox';
import type { DueReminder } from '../../domain/reminders/types';

/** A reminder to deliver, written once and never updated. */
export interface OutboxDocument extends Omit<OutboxItem, 'id' | 'status' | 'attempts' | 'sentAt' | 'reason'> {
  _id: string;
  recipientId: string;
}

/** Written right before an item's request goes out; its unique _id means one sender per item, ever. */
interface InFlightDocument {
  _id: string;
  owner: string;
  at: Date;
}

/** The outcome of an item, written once. */
interface ResultDocument {
  _id: string;
  status: Exclude<OutboxStatus, 'pending' | 'sending'>;
  attempts: OutboxAttempt[];
  at: Date;
  reason?: string;
}

/** Attempts of sends that were handed back for a later pass (429/5xx that outlasted the retries). */
interface AttemptDocument extends OutboxAttempt {
  itemId: string;
}

const CHUNK = 1000;
const isDuplicateKey = (error: unknown): boolean => (error as { code?: number }).code === 11000;

/**
 * The reminder outbox, insert-only. FerretDB 1.24 re-scans a collection for every document an
 * update or delete touches (marking 10,000 items sent in a 10,000-item collection would take
 * minutes), so state changes are new documents in their own collections: 'outbox' (the items),
 * 'outboxInFlight' (a send started), 'outboxResults' (the outcome), 'outboxAttempts' (retries handed
 * back). An item's status is read from them; every write is one atomic insert on a unique _id, so
 * several processes need no transactions and never both send an item.
 */
export class MongoOutbox implements Outbox {
  readonly collection: Collection<OutboxDocument>;
  readonly inFlight: Collection<InFlightDocument>;
  readonly results: Collection<ResultDocument>;
  readonly attempts: Collection<AttemptDocument>;

  constructor(db: Db) {
    this.collection = db.collection<OutboxDocument>('outbox');
    this.inFlight = db.collection<InFlightDocument>('outboxInFlight');
    this.results = db.collection<ResultDocument>('outboxResults');
    this.attempts = db.collection<AttemptDocument>('outboxAttempts');
  }

  async enqueue(reminders: readonly DueReminder[], tenantId: string, at: Date): Promise<number> {
    if (reminders.length === 0) return 0;
    const existing = await this.idsIn(
      this.collection,
      reminders.map((reminder) => reminder.id),
    );
    const fresh = reminders.filter((reminder) => !existing.has(reminder.id));
    const documents = fresh.map(({ id, ...reminder }): OutboxDocument => ({
      ...reminder,
      _id: id,
      recipientId: reminder.recipient.aadObjectId,
      tenantId,
      createdAt: at,
    }));
    return this.insertIgnoringDuplicates(this.collection, documents);
  }

  async supersede(ids: readonly string[], reason: string, at: Date): Promise<number> {
    if (ids.length === 0) return 0;
    const known = await this.idsIn(this.collection, ids);
    const started = await this.idsIn(this.inFlight, [...known]);
    const done = await this.idsIn(this.results, [...known]);
    const attempt: OutboxAttempt = { at, outcome: 'skipped', code: 'superseded', owner: 'pass' };
    const documents = [...known]
      .filter((id) => !started.has(id) && !done.has(id))
      .map((id): ResultDocument => ({ _id: id, status: 'skipped', attempts: [attempt], at, reason }));
    return this.insertIgnoringDuplicates(this.results, documents);
  }

  async recover(owner: string, clock: Date, staleMs: number): Promise<{ unconfirmed: string[] }> {
    const stale = await this.inFlight
      .find({ at: { $lt: new Date(clock.getTime() - staleMs) } }, { projection: { _id: 1 } })
      .toArray();
    if (stale.length === 0) return { unconfirmed: [] };
    const done = await this.idsIn(
      this.results,
      stale.map((marker) => marker._id),
    );
    const unconfirmed = stale.map((marker) => marker._id).filter((id) => !done.has(id));
    const reason =
      'The sending process stopped while the request was in flight; Teams may or may not have delivered it, so it is not sent again.';
    await this.insertIgnoringDuplicates(
      this.results,
      unconfirmed.map((id) => ({
        _id: id,
        status: 'unconfirmed' as const,
        attempts: [{ at: clock, outcome: 'unconfirmed' as const, owner }],
        at: clock,
        reason,
      })),
    );
    return { unconfirmed };
  }

  async pending(exclude: ReadonlySet<string> = new Set()): Promise<OutboxItem[]> {
    const [documents, started, done] = await Promise.all([
      this.collection.find({}).sort({ createdAt: 1, _id: 1 }).toArray(),
      this.allIds(this.inFlight),
      this.allIds(this.results),
    ]);
    return documents
      .filter((d) => !started.has(d._id) && !done.has(d._id) && !exclude.has(d._id))
      .map((d) => toItem(d, 'pending', []));
  }

  async markInFlight(ids: readonly string[], owner: string, clock: Date): Promise<string[]> {
    if (ids.length === 0) return [];
    try {
      await this.inFlight.insertMany(
        ids.map((id) => ({ _id: id, owner, at: clock })),
        { ordered: false },
      );
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
    const results: ResultDocument[] = [];
    const handedBack: AttemptDocument[] = [];
    const handedBackIds: string[] = [];
    for (const { ids, status, attempts, reason } of completions) {
      if (status === 'pending') {
        handedBackIds.push(...ids);
        for (const itemId of ids) for (const attempt of attempts) handedBack.push({ ...attempt, itemId });
      } else {
        for (const id of ids) results.push({ _id: id, status, attempts, at, ...(reason ? { reason } : {}) });
      }
    }
    await this.insertIgnoringDuplicates(this.results, results);
    if (handedBack.length > 0) await this.attempts.insertMany(handedBack);
    // Rare (a send that outlasted its retries): only then is a marker removed, so a later pass may send.
    for (let i = 0; i < handedBackIds.length; i += CHUNK) {
      await this.inFlight.deleteMany({ _id: { $in: handedBackIds.slice(i, i + CHUNK) } });
    }
  }

  async forRecipient(aadObjectId: string, statuses?: readonly OutboxStatus[]): Promise<OutboxItem[]> {
    const documents = await this.collection
      .find({ recipientId: aadObjectId })
      .sort({ dueDate: 1, _id: 1 })
      .toArray();
    const ids = documents.map((d) => d._id);
    const [started, results, attempts] = await Promise.all([
      this.idsIn(this.inFlight, ids),
      this.results.find({ _id: { $in: ids } }).toArray(),
      this.attempts
        .find({ itemId: { $in: ids } })
        .sort({ at: 1 })
        .toArray(),
    ]);
    const resultOf = new Map(results.map((r) => [r._id, r]));
    const items = documents.map((d) => {
      const result = resultOf.get(d._id);
      const earlier = attempts.filter((a) => a.itemId === d._id).map(({ itemId: _i, ...a }) => a);
      const status: OutboxStatus = result?.status ?? (started.has(d._id) ? 'sending' : 'pending');
      const item = toItem(d, status, [...earlier, ...(result?.attempts ?? [])]);
      if (result?.status === 'sent') item.sentAt = result.at;
      if (result?.reason) item.reason = result.reason;
      return item;
    });
    return statuses ? items.filter((item) => statuses.includes(item.status)) : items;
  }

  async purge(dueBefore: string): Promise<number> {
    const old = await this.collection
      .find({ dueDate: { $lt: dueBefore } }, { projection: { _id: 1 } })
      .toArray();
    if (old.length === 0) return 0;
    const done = await this.idsIn(
      this.results,
      old.map((d) => d._id),
    );
    const ids = [...done];
    for (let i = 0; i < ids.length; i += CHUNK) {
      const chunk = ids.slice(i, i + CHUNK);
      await this.collection.deleteMany({ _id: { $in: chunk } });
      await this.inFlight.deleteMany({ _id: { $in: chunk } });
      await this.results.deleteMany({ _id: { $in: chunk } });
      await this.attempts.deleteMany({ itemId: { $in: chunk } });
    }
    return ids.length;
  }

  private async idsIn<T extends { _id: string }>(
    collection: Collection<T>,
    ids: readonly string[],
  ): Promise<Set<string>> {
    const found = new Set<string>();
    for (let i = 0; i < ids.length; i += CHUNK) {
      const documents = await collection
        .find({ _id: { $in: ids.slice(i, i + CHUNK) } } as Filter<T>, { projection: { _id: 1 } })
        .toArray();
      for (const document of documents) found.add(String(document._id));
    }
    return found;
  }

  private async allIds<T extends { _id: string }>(collection: Collection<T>): Promise<Set<string>> {
    const documents = await collection.find({}, { projection: { _id: 1 } }).toArray();
    return new Set(documents.map((document) => String(document._id)));
  }

  private async insertIgnoringDuplicates<T extends { _id: string }>(
    collection: Collection<T>,
    documents: T[],
  ): Promise<number> {
    let inserted = 0;
    for (let i = 0; i < documents.length; i += CHUNK) {
      try {
        const chunk = documents.slice(i, i + CHUNK) as unknown as Parameters<Collection<T>['insertMany']>[0];
        inserted += (await collection.insertMany(chunk, { ordered: false })).insertedCount;
      } catch (error) {
        // Someone wrote the same ids at the same moment: the unique _id kept one copy.
        if (!isDuplicateKey(error)) throw error;
        inserted += (error as { result?: { insertedCount?: number } }).result?.insertedCount ?? 0;
      }
    }
    return inserted;
  }
}

function toItem(document: OutboxDocument, status: OutboxStatus, attempts: OutboxAttempt[]): OutboxItem {
  const { _id, recipientId: _recipientId, ...item } = document;
  return { ...item, id: _id, status, attempts };
}
