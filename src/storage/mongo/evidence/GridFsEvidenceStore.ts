import { Binary, GridFSBucket, ObjectId, type Collection, type Db } from 'mongodb';
import type {
  EvidenceContentStore,
  EvidencePlace,
  EvidenceToSave,
} from '../../../domain/ports/EvidenceContentStore';
import type { EvidenceLocation } from '../../../domain/evidence/types';

/** GridFS's default chunk size (255 KiB). */
const CHUNK_BYTES = 255 * 1024;

interface ChunkDocument {
  _id: ObjectId;
  files_id: ObjectId;
  n: number;
  data: Binary;
}

interface FileDocument {
  _id: ObjectId;
  length: number;
  chunkSize: number;
  uploadDate: Date;
  filename: string;
  metadata: Record<string, unknown>;
}

/**
 * Evidence bytes in MongoDB GridFS (bucket "evidence": evidence.files and evidence.chunks), the
 * default. The same code runs on mongo-java-server, MongoDB and Atlas. A file is written once
 * under a new ObjectId and never replaced; the id is the location.
 *
 * Chunks are written here as the GridFS specification lays them out (what GridFSBucket writes and
 * reads), one at a time from one reused buffer, and the files document last, so a file exists only
 * once all its bytes do. The driver's upload stream copies every chunk once more, and inserts all
 * the chunks of one large write at the same time, each on a pool connection of its own.
 */
export class GridFsEvidenceStore implements EvidenceContentStore {
  readonly kind = 'gridfs' as const;
  private readonly bucket: GridFSBucket;
  private readonly files: Collection<FileDocument>;
  private readonly chunks: Collection<ChunkDocument>;
  private indexes: Promise<void> | undefined;

  constructor(db: Db) {
    this.bucket = new GridFSBucket(db, { bucketName: 'evidence' });
    this.files = db.collection<FileDocument>('evidence.files');
    this.chunks = db.collection<ChunkDocument>('evidence.chunks');
  }

  async save(place: EvidencePlace, file: EvidenceToSave): Promise<EvidenceLocation> {
    // Once per process; tried again on the next save if it failed (the database was away).
    this.indexes ??= this.ensureIndexes().catch((error: unknown) => {
      this.indexes = undefined;
      throw error;
    });
    await this.indexes;
    const id = new ObjectId();
    const chunk = Buffer.allocUnsafe(CHUNK_BYTES);
    let filled = 0;
    let n = 0;
    let length = 0;
    const flush = async () => {
      // BSON serialises the bytes into the command, so the buffer can be filled again at once.
      await this.chunks.insertOne({
        _id: new ObjectId(),
        files_id: id,
        n,
        data: new Binary(chunk.subarray(0, filled)),
      });
      n += 1;
      filled = 0;
    };
    try {
      for await (const piece of Buffer.isBuffer(file.content) ? [file.content] : file.content) {
        for (let offset = 0; offset < piece.length;) {
          const copied = piece.copy(
            chunk,
            filled,
            offset,
            Math.min(piece.length, offset + CHUNK_BYTES - filled),
          );
          filled += copied;
          offset += copied;
          length += copied;
          if (filled === CHUNK_BYTES) await flush();
        }
      }
      if (filled > 0) await flush();
      if (file.size !== undefined && length !== file.size)
        throw new Error(
          `The evidence file was ${length > file.size ? 'longer' : 'shorter'} than the ${file.size} bytes announced; nothing was stored.`,
        );
      await this.files.insertOne({
        _id: id,
        length,
        chunkSize: CHUNK_BYTES,
        uploadDate: new Date(),
        filename: `${file.id}-${file.fileName}`,
        metadata: { ...place, evidenceId: file.id, contentType: file.contentType },
      });
    } catch (error) {
      // Without its files document the chunks written so far would stay behind: remove them.
      await this.chunks.deleteMany({ files_id: id }).catch(() => undefined);
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

  /** The indexes GridFSBucket's own upload stream would create (chunks unique per file and n). */
  private async ensureIndexes(): Promise<void> {
    await this.files.createIndex({ filename: 1, uploadDate: 1 });
    await this.chunks.createIndex({ files_id: 1, n: 1 }, { unique: true });
  }
}
