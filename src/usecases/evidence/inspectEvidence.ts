import { createHash } from 'node:crypto';
import { detectEvidenceKind, MAGIC_BYTES, magicKindOf } from '../../domain/evidence/detectEvidenceKind';
import type { EvidenceKind } from '../../domain/evidence/types';

/** Thrown by an inspected stream that turns out larger than the limit; the store then keeps nothing. */
export class EvidenceTooLarge extends Error {
  constructor(readonly maxBytes: number) {
    super(`The evidence file is larger than ${maxBytes} bytes; refused.`);
  }
}

/** Thrown by an inspected stream whose source failed on the way (the download broke off). */
export class EvidenceUnreadable extends Error {
  constructor(readonly detail: string) {
    super(`The evidence file could not be read to its end: ${detail}`);
  }
}

export type InspectedEvidence =
  | {
      ok: true;
      kind: EvidenceKind;
      /** The bytes as they arrive (or, held whole, as one buffer); read once. */
      body: Buffer | AsyncIterable<Buffer>;
      /** Size and SHA-256 of everything read, once `body` has been read to its end. */
      digest(): { size: number; sha256: string };
      /** Stops the download when the body will not be read after all. */
      cancel(): Promise<void>;
    }
  | { ok: false; reason: 'tooLarge'; maxBytes: number }
  | { ok: false; reason: 'notAllowed' }
  | { ok: false; reason: 'unreadable'; detail: string };

/**
 * Checks an evidence file as it arrives. The first bytes decide a PDF, PNG or JPEG: the rest is then
 * passed on chunk by chunk (counted against the limit and hashed on the way, never copied or held
 * whole), so a 10 MB photo goes from the download to the store in small pieces. Anything else (a
 * zip that may be Word or Excel, text) is only known from its whole content: it is read into memory
 * up to the limit and checked there. Nothing is refused after the body has been handed on except
 * for size, which the stream signals by throwing EvidenceTooLarge.
 */
export async function inspectEvidence(
  source: Buffer | AsyncIterable<Uint8Array>,
  maxBytes: number,
): Promise<InspectedEvidence> {
  if (Buffer.isBuffer(source)) return inspectWhole(source, maxBytes);
  const iterator = source[Symbol.asyncIterator]();
  const read = async (): Promise<IteratorResult<Uint8Array>> => {
    try {
      return await iterator.next();
    } catch (error) {
      throw new EvidenceUnreadable((error as Error).message);
    }
  };
  try {
    return await inspectStream(iterator, read, maxBytes);
  } catch (error) {
    if (error instanceof EvidenceUnreadable) return { ok: false, reason: 'unreadable', detail: error.detail };
    throw error;
  }
}

async function inspectStream(
  iterator: AsyncIterator<Uint8Array>,
  read: () => Promise<IteratorResult<Uint8Array>>,
  maxBytes: number,
): Promise<InspectedEvidence> {
  const head: Buffer[] = [];
  let headBytes = 0;
  let ended = false;
  while (headBytes < MAGIC_BYTES) {
    const next = await read();
    if (next.done) {
      ended = true;
      break;
    }
    head.push(asBuffer(next.value));
    headBytes += next.value.byteLength;
    if (headBytes > maxBytes) {
      await iterator.return?.();
      return { ok: false, reason: 'tooLarge', maxBytes };
    }
  }
  const first = head.length === 1 ? head[0] : Buffer.concat(head);
  const kind = ended ? null : magicKindOf(first);
  if (!kind) {
    // Read the rest into memory, up to the limit, and check the whole content.
    const chunks = [first];
    let size = first.length;
    for (let next = ended ? undefined : await read(); next && !next.done; next = await read()) {
      size += next.value.byteLength;
      if (size > maxBytes) {
        await iterator.return?.();
        return { ok: false, reason: 'tooLarge', maxBytes };
      }
      chunks.push(asBuffer(next.value));
    }
    return inspectWhole(chunks.length === 1 ? chunks[0] : Buffer.concat(chunks), maxBytes);
  }
  const hash = createHash('sha256');
  let size = 0;
  let finished = false;
  let sha256: string | undefined;
  async function* body(): AsyncGenerator<Buffer> {
    try {
      hash.update(first);
      size += first.length;
      yield first;
      for (let next = await read(); !next.done; next = await read()) {
        size += next.value.byteLength;
        if (size > maxBytes) throw new EvidenceTooLarge(maxBytes);
        const chunk = asBuffer(next.value);
        hash.update(chunk);
        yield chunk;
      }
      finished = true;
    } finally {
      // The store stopped reading (or the file was too large): stop the download too.
      if (!finished) await iterator.return?.();
    }
  }
  return {
    ok: true,
    kind,
    body: body(),
    digest: () => {
      if (!finished) throw new Error('The evidence body was not read to its end; no digest yet.');
      sha256 ??= hash.digest('hex');
      return { size, sha256 };
    },
    cancel: async () => {
      await iterator.return?.();
    },
  };
}

function inspectWhole(content: Buffer, maxBytes: number): InspectedEvidence {
  if (content.length > maxBytes) return { ok: false, reason: 'tooLarge', maxBytes };
  const kind = detectEvidenceKind(content);
  if (!kind) return { ok: false, reason: 'notAllowed' };
  const sha256 = createHash('sha256').update(content).digest('hex');
  return {
    ok: true,
    kind,
    body: content,
    digest: () => ({ size: content.length, sha256 }),
    cancel: async () => undefined,
  };
}

/** A view of the same bytes (no copy). */
function asBuffer(chunk: Uint8Array): Buffer {
  return Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
}
