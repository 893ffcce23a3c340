import { DirectoryError } from '../domain/ports/PeopleDirectory';

export interface RetryOptions {
  maxAttempts: number;
  sleep(ms: number): Promise<void>;
  random(): number;
  /**
   * Shared by every call of one client: after a 429, no call starts before `until` (ms since the
   * epoch), so concurrent lookups back off together instead of each hitting the limit again.
   */
  gate?: { until: number };
  now?(): number;
}

interface GraphErrorLike {
  statusCode?: number;
  code?: string | null;
  message?: string;
  headers?: Headers;
}

const RETRIED = new Set([429, 500, 502, 503, 504]);

/** Seconds (or an HTTP date) from Retry-After, as milliseconds. */
export function retryAfterMs(headers: Headers | undefined, now = Date.now()): number | undefined {
  const value = headers?.get('retry-after');
  if (!value) return undefined;
  if (/^\d+$/.test(value)) return Number(value) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

/**
 * Runs one Graph call, retrying 429 and 5xx (and network errors): as long as Retry-After says, or
 * with jittered exponential backoff. Whatever still fails becomes a DirectoryError with the status
 * and Graph's error code; the message never includes the request's headers (the token).
 */
export async function withGraphRetry<T>(
  what: string,
  call: () => Promise<T>,
  options: RetryOptions,
): Promise<T> {
  const now = options.now ?? Date.now;
  for (let attempt = 1; ; attempt += 1) {
    const wait = (options.gate?.until ?? 0) - now();
    if (wait > 0) await options.sleep(wait);
    try {
      return await call();
    } catch (error) {
      const e = (error ?? {}) as GraphErrorLike;
      const status = typeof e.statusCode === 'number' && e.statusCode > 0 ? e.statusCode : undefined;
      const retryable = status === undefined || RETRIED.has(status);
      if (!retryable || attempt >= options.maxAttempts) {
        throw new DirectoryError(
          `Microsoft Graph: ${what} failed (${status ?? 'no answer'}${e.code ? ` ${e.code}` : ''}): ${(e.message ?? String(error)).slice(0, 300)}`,
          status,
          e.code ?? undefined,
        );
      }
      const backoff = Math.min(30_000, 500 * 2 ** (attempt - 1)) * (0.5 + options.random());
      const delay = retryAfterMs(e.headers) ?? backoff;
      if (status === 429 && options.gate) {
        // Everyone waits; this call waits through the gate at the top of the loop.
        options.gate.until = Math.max(options.gate.until, now() + delay);
        continue;
      }
      await options.sleep(delay);
    }
  }
}
