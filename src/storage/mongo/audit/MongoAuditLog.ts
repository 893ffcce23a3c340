import type { Collection, Db } from 'mongodb';
import type { AuditEntry, AuditLog } from '../../../domain/ports/AuditLog';

/** Append-only: this adapter has no update or delete, by design. */
export class MongoAuditLog implements AuditLog {
  private readonly collection: Collection<AuditEntry & { _id?: string }>;

  constructor(db: Db) {
    this.collection = db.collection<AuditEntry & { _id?: string }>('audit');
  }

  async append(entry: AuditEntry, onceKey?: string): Promise<void> {
    try {
      // The key becomes the _id: the unique index keeps one entry per key, atomically.
      await this.collection.insertOne(onceKey ? { ...entry, _id: onceKey } : { ...entry });
    } catch (error) {
      if (!onceKey || (error as { code?: number }).code !== 11000) throw error;
    }
  }

  async forSubject(subject: string): Promise<AuditEntry[]> {
    const documents = await this.collection.find({ subject }).sort({ at: 1, _id: 1 }).toArray();
    return documents.map(({ _id, ...entry }) => entry);
  }
}
