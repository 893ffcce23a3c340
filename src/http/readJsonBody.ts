import type { IncomingMessage } from 'node:http';

/**
 * Teams activities are small: a message is capped at about 28 KB of text and card submissions carry
 * the card's input values. 256 KB leaves room for the largest (a message with many mentions and
 * attachments' links) while a body larger than that is refused before it is read to the end.
 */
export const MAX_ACTIVITY_BYTES = 256 * 1024;

export type JsonBody = { ok: true; value: unknown } | { ok: false; status: 400 | 413 | 415; reason: string };

const JSON_TYPE = /^application\/json\s*(;|$)/i;

/**
 * Reads a request body as JSON only, in memory, up to maxBytes. Nothing is written to disk and no
 * other content type (multipart, url-encoded, text) is accepted.
 */
export async function readJsonBody(req: IncomingMessage, maxBytes = MAX_ACTIVITY_BYTES): Promise<JsonBody> {
  const contentType = String(req.headers['content-type'] ?? '');
  if (!JSON_TYPE.test(contentType)) {
    req.resume();
    return {
      ok: false,
      status: 415,
      reason: `content type "${contentType.slice(0, 60)}" is not application/json`,
    };
  }
  const declared = Number(req.headers['content-length'] ?? NaN);
  if (Number.isFinite(declared) && declared > maxBytes) {
    req.resume();
    return { ok: false, status: 413, reason: `body of ${declared} bytes is over ${maxBytes}` };
  }
  const chunks: Buffer[] = [];
  let size = 0;
  let tooLarge = false;
  try {
    for await (const chunk of req as AsyncIterable<Buffer>) {
      size += chunk.length;
      if (size > maxBytes) tooLarge = true;
      // Someone streaming far past the limit gets the connection closed rather than read.
      if (size > 16 * maxBytes) {
        req.destroy();
        break;
      }
      // Keep reading (and dropping) so the socket can carry the answer; stop collecting.
      if (!tooLarge) chunks.push(chunk);
    }
  } catch {
    // The sender went away mid-body: nothing to answer, and not an error of ours.
    return { ok: false, status: 400, reason: 'request body aborted' };
  }
  if (tooLarge) return { ok: false, status: 413, reason: `body over ${maxBytes} bytes` };
  try {
    return { ok: true, value: JSON.parse(Buffer.concat(chunks).toString('utf8')) };
  } catch {
    return { ok: false, status: 400, reason: 'body is not valid JSON' };
  }
}
