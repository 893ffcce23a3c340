import type { Collection, Db } from 'mongodb';
import type { EvidenceFile } from '../../../domain/evidence/types';
import type {
  EvidenceLink,
  EvidenceRepository,
  UploadRequest,
} from '../../../domain/ports/EvidenceRepository';
import { batchedFind, SHARED_FIND_MAX_KEYS } from '../batching/batchedFind';

type FileDocument = Omit<EvidenceFile, 'id'> & { _id: string };
type LinkDocument = Omit<EvidenceLink, 'token'> & { _id: string };
type UploadDocument = Omit<UploadRequest, 'aadObjectId'> & { _id: string };

const FILE_ORDER = { uploadedAt: 1, fileName: 1, _id: 1 } as const;

/**
 * Evidence records (evidenceFiles), download links (evidenceLinks) and waiting uploads
 * (evidenceUploads). Records are inserted once; the only update is the removal mark, made only
 * when none is there yet. Expiry is checked on read (no TTL index is relied on).
 */
export class MongoEvidenceRepository implements EvidenceRepository {
  private readonly files: Collection<FileDocument>;
  private readonly links: Collection<LinkDocument>;
  private readonly uploads: Collection<UploadDocument>;
  /** The files of a card's occasion, looked up together with other cards' (see batchedFind). */
  private readonly filesOfFew: (occasionIds: readonly string[]) => Promise<FileDocument[]>;

  constructor(db: Db) {
    this.files = db.collection<FileDocument>('evidenceFiles');
    this.links = db.collection<LinkDocument>('evidenceLinks');
    this.uploads = db.collection<UploadDocument>('evidenceUploads');
    this.filesOfFew = batchedFind<FileDocument, string>(this.files, {
      filterOf: (occasionIds) => ({ occasionId: { $in: occasionIds }, removed: { $exists: false } }),
      belongsTo: (document, occasionIds) => occasionIds.has(document.occasionId),
      sort: FILE_ORDER,
    });
  }

  /** The index the occasion listing uses. */
  async ensureIndexes(): Promise<void> {
    await this.files.createIndex({ occasionId: 1, uploadedAt: 1 });
  }

  async add(file: EvidenceFile): Promise<void> {
    const { id, ...rest } = file;
    await this.files.insertOne({ _id: id, ...rest });
  }

  async findById(id: string): Promise<EvidenceFile | null> {
    const document = await this.files.findOne({ _id: id });
    return document ? toFile(document) : null;
  }

  async listFor(occasionIds: readonly string[]): Promise<EvidenceFile[]> {
    if (occasionIds.length === 0) return [];
    const documents =
      occasionIds.length <= SHARED_FIND_MAX_KEYS
        ? await this.filesOfFew(occasionIds)
        : await this.files
            .find({ occasionId: { $in: [...occasionIds] }, removed: { $exists: false } })
            .sort(FILE_ORDER)
            .toArray();
    return documents.map(toFile);
  }

  async markRemoved(id: string, removed: NonNullable<EvidenceFile['removed']>): Promise<boolean> {
    const { modifiedCount } = await this.files.updateOne(
      { _id: id, removed: { $exists: false } },
      { $set: { removed } },
    );
    return modifiedCount === 1;
  }

  async saveLink(link: EvidenceLink): Promise<void> {
    const { token, ...rest } = link;
    await this.links.insertOne({ _id: token, ...rest });
  }

  async findLink(token: string, now: Date): Promise<EvidenceLink | null> {
    const document = await this.links.findOne({ _id: token });
    if (!document || document.expiresAt.getTime() <= now.getTime()) return null;
    const { _id, ...rest } = document;
    return { token: _id, ...rest };
  }

  async expectUpload(request: UploadRequest): Promise<void> {
    const { aadObjectId, ...rest } = request;
    await this.uploads.replaceOne({ _id: aadObjectId }, rest, { upsert: true });
  }

  async pendingUpload(aadObjectId: string, now: Date): Promise<UploadRequest | null> {
    const document = await this.uploads.findOne({ _id: aadObjectId });
    if (!document || document.expiresAt.getTime() <= now.getTime()) return null;
    const { _id, ...rest } = document;
    return { aadObjectId: _id, ...rest };
  }

  async clearUpload(aadObjectId: string): Promise<void> {
    await this.uploads.deleteOne({ _id: aadObjectId });
  }
}

function toFile(document: FileDocument): EvidenceFile {
  const { _id, ...rest } = document;
  return { id: _id, ...rest };
}
