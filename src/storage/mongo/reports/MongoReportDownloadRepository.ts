import { Binary, type Collection, type Db } from 'mongodb';
import type {
  ReportDownload,
  ReportDownloadRepository,
} from '../../../domain/ports/ReportDownloadRepository';

type ReportDownloadDocument = Omit<ReportDownload, 'token' | 'content'> & { _id: string; content: Binary };

/**
 * Report files behind download links (collection reportDownloads), looked up by _id. A TTL index on
 * expiresAt deletes expired files on MongoDB; the download route answers 410 for an expired one
 * that is still there, and every save deletes the expired ones explicitly.
 */
export class MongoReportDownloadRepository implements ReportDownloadRepository {
  readonly collection: Collection<ReportDownloadDocument>;

  constructor(db: Db) {
    this.collection = db.collection<ReportDownloadDocument>('reportDownloads');
  }

  async save(download: ReportDownload): Promise<void> {
    const { token, content, ...rest } = download;
    await this.collection.insertOne({ _id: token, ...rest, content: new Binary(content) });
  }

  async find(token: string): Promise<ReportDownload | null> {
    const document = await this.collection.findOne({ _id: token });
    if (!document) return null;
    const { _id, content, ...rest } = document;
    return { token: _id, content: Buffer.from(content.buffer), ...rest };
  }

  async delete(token: string): Promise<void> {
    await this.collection.deleteOne({ _id: token });
  }

  async deleteExpired(now: Date): Promise<number> {
    const { deletedCount } = await this.collection.deleteMany({ expiresAt: { $lt: now } });
    return deletedCount;
  }
}
