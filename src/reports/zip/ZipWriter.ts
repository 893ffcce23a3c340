import { once } from 'node:events';
import { PassThrough } from 'node:stream';
import { finished } from 'node:stream/promises';
import yazl from 'yazl';

/**
 * Text gathered before it is encoded and handed on: enough to keep the calls few, and small enough
 * that the joined text is not a large object (V8 puts those straight in the old generation).
 */
const CHUNK_CHARS = 32 * 1024;

/** A zip entry written as text, piece by piece; the archive deflates it as it goes. */
export class TextEntry {
  private pending: string[] = [];
  private pendingChars = 0;

  constructor(private readonly stream: PassThrough) {}

  /** Adds text; resolves at once unless the archive is behind (then when it has caught up). */
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
    if (!this.stream.write(bytes)) await once(this.stream, 'drain');
  }

  /** Ends the entry; nothing can be written after. */
  async close(): Promise<void> {
    await this.flush();
    this.stream.end();
  }
}

/**
 * A zip archive (what a docx and an xlsx are) built with yazl: entries are deflated in the order
 * they are added, a text entry while it is written, and only the compressed archive is kept, so a
 * report of a hundred megabytes of XML holds a few megabytes. Every entry carries `at` as its time.
 */
export class ZipWriter {
  private readonly zip = new yazl.ZipFile();
  private readonly chunks: Buffer[] = [];
  private readonly output: Promise<void>;

  constructor(private readonly at: Date) {
    const output = this.zip.outputStream as NodeJS.ReadableStream & NodeJS.EventEmitter;
    output.on('data', (chunk: Buffer) => this.chunks.push(chunk));
    this.output = finished(output);
    // A failed entry fails the archive; finish() reports it.
    this.output.catch(() => undefined);
  }

  /** A file whose content is at hand. */
  addBuffer(name: string, content: Buffer): void {
    this.zip.addBuffer(content, name, { mtime: this.at, compress: true });
  }

  /** A file written afterwards as text, through the returned entry; close it before finish(). */
  addText(name: string): TextEntry {
    const stream = new PassThrough();
    this.zip.addReadStream(stream, name, { mtime: this.at, compress: true });
    return new TextEntry(stream);
  }

  /** The whole archive, once every text entry is closed. */
  async finish(): Promise<Buffer> {
    this.zip.end();
    await this.output;
    return Buffer.concat(this.chunks);
  }
}
