import { once } from 'node:events';
import { finished } from 'node:stream/promises';
import zlib from 'node:zlib';
import type { ZipEntry } from './zipArchive';

/**
 * Text gathered before it is encoded and handed to zlib: enough to keep the calls few, and small
 * enough that the joined text is not a large object (V8 puts those straight in the old generation).
 */
const CHUNK_CHARS = 32 * 1024;

/**
 * A zip entry written as text, piece by piece, and deflated as it is written: only the
 * compressed bytes are kept, so a document of a hundred megabytes of XML holds a few megabytes.
 */
export class StreamedEntry {
  private readonly deflate = zlib.createDeflateRaw({ level: 6 });
  private readonly compressed: Buffer[] = [];
  private pending: string[] = [];
  private pendingChars = 0;
  private crc32 = 0;
  private size = 0;
  private compressedSize = 0;

  constructor(private readonly name: string) {
    this.deflate.on('data', (chunk: Buffer) => {
      this.compressed.push(chunk);
      this.compressedSize += chunk.length;
    });
  }

  /** Adds text; resolves at once unless zlib is behind (then when it has caught up). */
  async write(text: string): Promise<void> {
    this.pending.push(text);
    this.pendingChars += text.length;
    if (this.pendingChars >= CHUNK_CHARS) await this.flush();
  }

  private async flush(): Promise<void> {
    if (this.pendingChars === 0) return;
    const bytes = Buffer.from(this.pending.join(''), 'utf8');
    this.pending = [];
    this.pendingChars = 0;
    this.crc32 = zlib.crc32(bytes, this.crc32);
    this.size += bytes.length;
    if (!this.deflate.write(bytes)) await once(this.deflate, 'drain');
  }

  /** The finished entry; nothing can be written after. */
  async close(): Promise<ZipEntry> {
    await this.flush();
    this.deflate.end();
    await finished(this.deflate);
    return {
      name: this.name,
      compressed: this.compressed,
      crc32: this.crc32,
      size: this.size,
      compressedSize: this.compressedSize,
    };
  }
}
