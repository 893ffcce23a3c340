/**
 * The largest file downloaded from Teams (a plan or an evaluations workbook), read into memory;
 * a plan itself is held to planFileLimits.fileBytes when it is checked.
 */
export const MAX_PLAN_FILE_BYTES = 5 * 1024 * 1024;
const MAX_REDIRECTS = 5;

export type DownloadOutcome =
  | { ok: true; content: Buffer }
  | { ok: false; reason: 'tooLarge' | 'unreachable' | 'insecure'; detail: string };

/** Every URL on the way must be https (outside local mode, where the Emulator serves http). */
export function httpsOnly(localMode: boolean): (url: URL) => boolean {
  return (url) => localMode || url.protocol === 'https:';
}

/** Where a download stands once its headers are in: the body to read, or why not. */
export type OpenedDownload =
  | { ok: true; body: AsyncIterable<Uint8Array>; declaredBytes: number | undefined; cancel(): Promise<void> }
  | { ok: false; reason: 'tooLarge' | 'unreachable' | 'insecure'; detail: string };

export interface DownloadOptions {
  maxBytes?: number;
  timeoutMs?: number;
  allowUrl?: (url: URL) => boolean;
  /** Sent only to the first URL's origin (a Teams contentUrl needs the bot's token; a redirect elsewhere must not get it). */
  authorization?: string;
}

/**
 * Opens a download of a file Teams shared (its downloadUrl is pre-authorised) up to its body,
 * refusing one that declares more than maxBytes. Redirects are followed by hand so that allowUrl
 * checks every hop, not only the first (a redirect to http would otherwise be followed silently).
 * The caller reads the body as a stream (and still counts: a length may be absent or wrong).
 */
export async function openDownload(url: string, options: DownloadOptions = {}): Promise<OpenedDownload> {
  const maxBytes = options.maxBytes ?? MAX_PLAN_FILE_BYTES;
  const allowUrl = options.allowUrl ?? httpsOnly(false);
  const signal = AbortSignal.timeout(options.timeoutMs ?? 30_000);
  let response: Response | undefined;
  let current: URL;
  try {
    current = new URL(url);
  } catch {
    return { ok: false, reason: 'unreachable', detail: 'not a URL' };
  }
  for (let hop = 0; hop <= MAX_REDIRECTS; hop += 1) {
    if (!allowUrl(current))
      return { ok: false, reason: 'insecure', detail: `${current.protocol}//${current.host} is not allowed` };
    try {
      const first = new URL(url);
      const headers: Record<string, string> =
        options.authorization && current.origin === first.origin
          ? { Authorization: options.authorization }
          : {};
      response = await fetch(current, { signal, redirect: 'manual', headers });
    } catch (error) {
      return { ok: false, reason: 'unreachable', detail: (error as Error).message };
    }
    const location = response.headers.get('location');
    if (response.status < 300 || response.status > 399 || !location) break;
    await response.body?.cancel().catch(() => undefined);
    try {
      current = new URL(location, current);
    } catch {
      return { ok: false, reason: 'unreachable', detail: 'redirect to something that is not a URL' };
    }
    response = undefined;
  }
  if (!response) return { ok: false, reason: 'unreachable', detail: `more than ${MAX_REDIRECTS} redirects` };
  const body = response.body;
  if (!response.ok || !body) {
    await body?.cancel().catch(() => undefined);
    return { ok: false, reason: 'unreachable', detail: `HTTP ${response.status}` };
  }
  const length = response.headers.get('content-length');
  const declared = length === null ? undefined : Number(length);
  if (declared !== undefined && declared > maxBytes) {
    await body.cancel().catch(() => undefined);
    return { ok: false, reason: 'tooLarge', detail: `${declared} bytes` };
  }
  return {
    ok: true,
    body: body as unknown as AsyncIterable<Uint8Array>,
    declaredBytes: Number.isFinite(declared) ? declared : undefined,
    cancel: () => body.cancel().catch(() => undefined),
  };
}

/** Downloads a file Teams shared into memory, refusing anything larger than maxBytes without reading it all. */
export async function downloadPlanFile(url: string, options: DownloadOptions = {}): Promise<DownloadOutcome> {
  const maxBytes = options.maxBytes ?? MAX_PLAN_FILE_BYTES;
  const opened = await openDownload(url, options);
  if (!opened.ok) return opened;
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of opened.body) {
      size += chunk.byteLength;
      // Leaving the loop cancels the rest of the download.
      if (size > maxBytes) return { ok: false, reason: 'tooLarge', detail: `more than ${maxBytes} bytes` };
      chunks.push(Buffer.from(chunk));
    }
  } catch (error) {
    return { ok: false, reason: 'unreachable', detail: (error as Error).message };
  }
  return { ok: true, content: Buffer.concat(chunks) };
}
