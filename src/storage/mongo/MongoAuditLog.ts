import type { Collection, Db } from 'mongodb';
import type { AuditEntry, AuditLog } from '../../domain/ports/AuditLog';

/** Append-only: this adapter has no update or delete, by design. */
export class MongoAuditLog implements AuditLog {
  private readonly collection: Collection<AuditEntry>;

  constructor(db: Db) {
    this.collection = db.collection<AuditEntry>('audit');
  }

  async append(entry: AuditEntry): Promise<void> {
    await this.collection.insertOne({ ...entry });
  }

  async forSubject(subject: string): Promise<AuditEntry[]> {
    const documents = await this.collection.find({ subject }).sort({ at: 1, _id: 1 }).toArray();
    return documents.map(({ _id, ...entry }) => entry);
  }
}
