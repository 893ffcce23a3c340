import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { GridFSBucket, ObjectId, type Db } from 'mongodb';
import type { EvidenceContentStore, EvidencePlace } from '../../../domain/ports/EvidenceContentStore';
import type { EvidenceLocation } from '../../../domain/evidence/types';

/**
 * Evidence bytes in MongoDB GridFS (bucket "evidence": evidence.files and evidence.chunks), the
 * default. The same code runs on mongo-java-server, MongoDB and Atlas. A file is written once
 * under a new ObjectId and never replaced; the id is the location.
 */
export class GridFsEvidenceStore implements EvidenceContentStore {
  readonly kind = 'gridfs' as const;
  private readonly bucket: GridFSBucket;

  constructor(db: Db) {
    this.bucket = new GridFSBucket(db, { bucketName: 'evidence' });
  }

  async save(
    place: EvidencePlace,
    file: { id: string; fileName: string; contentType: string; content: Buffer },
  ): Promise<EvidenceLocation> {
    const id = new ObjectId();
    const upload = this.bucket.openUploadStreamWithId(id, `${file.id}-${file.fileName}`, {
      metadata: { ...place, evidenceId: file.id, contentType: file.contentType },
    });
    await pipeline(Readable.from([file.content]), upload);
    return { store: 'gridfs', ref: id.toHexString() };
  }

  async read(location: EvidenceLocation): Promise<Buffer | null> {
    if (location.store !== 'gridfs' || !ObjectId.isValid(location.ref)) return null;
    const id = new ObjectId(location.ref);
    if (!(await this.bucket.find({ _id: id }, { limit: 1 }).hasNext())) return null;
    const chunks: Buffer[] = [];
    for await (const chunk of this.bucket.openDownloadStream(id)) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks);
  }
}
