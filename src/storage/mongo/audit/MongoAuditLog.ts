import type { AnyBulkWriteOperation, Collection, Db } from 'mongodb';
import type { AuditEntry, AuditLog } from '../../../domain/ports/AuditLog';
import { batchedBulkWrite } from '../batching/batchedBulkWrite';

type AuditDocument = AuditEntry & { _id?: string };

/** Append-only: this adapter has no update or delete, by design. */
export class MongoAuditLog implements AuditLog {
  private readonly collection: Collection<AuditDocument>;
  private readonly write: (operations: Array<AnyBulkWriteOperation<AuditDocument>>) => Promise<void>;

  constructor(db: Db) {
    this.collection = db.collection<AuditDocument>('audit');
    this.write = batchedBulkWrite(this.collection);
  }

  async append(entry: AuditEntry, onceKey?: string): Promise<void> {
    try {
      // The key becomes the _id: the unique index keeps one entry per key, atomically. Entries
      // appended at the same moment share one unordered insert (see batchedBulkWrite).
      await this.write([{ insertOne: { document: onceKey ? { ...entry, _id: onceKey } : { ...entry } } }]);
    } catch (error) {
      if (!onceKey || (error as { code?: number }).code !== 11000) throw error;
    }
  }

  async forSubject(subject: string): Promise<AuditEntry[]> {
    const documents = await this.collection.find({ subject }).sort({ at: 1, _id: 1 }).toArray();
    return documents.map(({ _id, ...entry }) => entry);
  }
}
