/** The largest plan file accepted; a 250-unit plan is well under 1 MB as .xlsx. */
export const MAX_PLAN_FILE_BYTES = 5 * 1024 * 1024;

export type DownloadOutcome =
  { ok: true; content: Buffer } | { ok: false; reason: 'tooLarge' | 'unreachable'; detail: string };

/**
 * Downloads a file Teams shared (its downloadUrl is pre-authorised), refusing anything larger
 * than maxBytes without reading it all.
 */
export async function downloadPlanFile(
  url: string,
  options: { maxBytes?: number; timeoutMs?: number } = {},
): Promise<DownloadOutcome> {
  const maxBytes = options.maxBytes ?? MAX_PLAN_FILE_BYTES;
  let response: Response;
  try {
    response = await fetch(url, {
      signal: AbortSignal.timeout(options.timeoutMs ?? 30_000),
      redirect: 'follow',
    });
  } catch (error) {
    return { ok: false, reason: 'unreachable', detail: (error as Error).message };
  }
  if (!response.ok || !response.body) {
    await response.body?.cancel().catch(() => undefined);
    return { ok: false, reason: 'unreachable', detail: `HTTP ${response.status}` };
  }
  const declared = Number(response.headers.get('content-length') ?? NaN);
  if (declared > maxBytes) {
    await response.body.cancel().catch(() => undefined);
    return { ok: false, reason: 'tooLarge', detail: `${declared} bytes` };
  }
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
      size += chunk.byteLength;
      if (size > maxBytes) return { ok: false, reason: 'tooLarge', detail: `more than ${maxBytes} bytes` };
      chunks.push(Buffer.from(chunk));
    }
  } catch (error) {
    return { ok: false, reason: 'unreachable', detail: (error as Error).message };
  }
  return { ok: true, content: Buffer.concat(chunks) };
}
