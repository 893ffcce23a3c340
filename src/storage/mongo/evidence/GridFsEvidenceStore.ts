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
    file: { id: string; fileName: string; contentType: string; content: Buffer | AsyncIterable<Buffer> },
  ): Promise<EvidenceLocation> {
    const id = new ObjectId();
    const upload = this.bucket.openUploadStreamWithId(id, `${file.id}-${file.fileName}`, {
      chunkSizeBytes: CHUNK_BYTES,
      metadata: { ...place, evidenceId: file.id, contentType: file.contentType },
    });
    try {
      await pipeline(Readable.from(chunked(file.content)), upload);
    } catch (error) {
      // The chunks written so far would stay behind without their files document: remove them.
      await upload.abort().catch(() => undefined);
      throw error;
    }
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

/** GridFS's default chunk size (255 KiB). */
const CHUNK_BYTES = 255 * 1024;

/**
 * The content in pieces of at most one chunk (views, not copies). Handed a 10 MB piece at once,
 * the driver's upload stream inserts all 40 chunks at the same time, on as many connections,
 * which stalls everyone else's queries; a chunk at a time it inserts one and waits.
 */
async function* chunked(content: Buffer | AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
  const pieces = Buffer.isBuffer(content) ? [content] : content;
  for await (const piece of pieces)
    for (let start = 0; start < piece.length; start += CHUNK_BYTES)
      yield piece.subarray(start, start + CHUNK_BYTES);
}
