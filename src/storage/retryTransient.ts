import { MongoNetworkError, MongoServerSelectionError } from 'mongodb';

/**
 * Server error codes that mean "try again shortly" on MongoDB, Atlas and Azure Cosmos DB for
 * MongoDB: Cosmos' rate limiting (16500 TooManyRequests, its 429), elections and failovers, and
 * network trouble reported by the server.
 */
const TRANSIENT_CODES = new Set([
  16500, // Cosmos DB: TooManyRequests ("Request rate is large"), with RetryAfterMs in the message
  6, // HostUnreachable
  7, // HostNotFound
  89, // NetworkTimeout
  91, // ShutdownInProgress
  189, // PrimarySteppedDown
  262, // ExceededTimeLimit
  9001, // SocketException
  10107, // NotWritablePrimary
  11600, // InterruptedAtShutdown
  11602, // InterruptedDueToReplStateChange
  13435, // NotPrimaryNoSecondaryOk
  13436, // NotPrimaryOrSecondary
]);

interface ErrorShape {
  code?: unknown;
  message?: string;
  errorLabels?: unknown;
  errorLabelSet?: Set<string>;
}

/** True when an operation failed for a reason that passes: rate limiting, failover, network. */
export function isTransientStorageError(error: unknown): boolean {
  if (error instanceof MongoNetworkError || error instanceof MongoServerSelectionError) return true;
  const e = (error ?? {}) as ErrorShape;
  if (typeof e.code === 'number' && TRANSIENT_CODES.has(e.code)) return true;
  const labels = [...(Array.isArray(e.errorLabels) ? e.errorLabels : []), ...(e.errorLabelSet ?? [])];
  if (labels.some((label) => label === 'TransientTransactionError' || label === 'RetryableWriteError'))
    return true;
  // Cosmos DB sometimes reports its 429 only in the text.
  return /Request rate is large|TooManyRequests|\b429\b/i.test(e.message ?? '');
}

/** How long to wait before attempt `attempt + 1`: Cosmos' RetryAfterMs when it gives one, else backoff. */
export function retryDelayMs(error: unknown, attempt: number, random: () => number = Math.random): number {
  const hinted = /RetryAfterMs=(\d+)/i.exec((error as ErrorShape | undefined)?.message ?? '');
  if (hinted) return Math.min(Number(hinted[1]), 5_000) + Math.floor(random() * 20);
  const base = Math.min(2_000, 25 * 2 ** (attempt - 1));
  return Math.floor(base / 2 + random() * base);
}

export interface RetryOptions {
  /** Tries in all, the first included (default 5). */
  attempts?: number;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
}

/**
 * Runs `operation` again after a transient storage error (see isTransientStorageError), waiting as
 * the server asks or with jittered backoff. Only for operations that are safe to repeat: idempotent
 * writes (upserts keyed by id, conditional updates, inserts whose duplicate is ignored) and reads.
 */
export async function retryTransient<T>(operation: () => Promise<T>, options: RetryOptions = {}): Promise<T> {
  const attempts = options.attempts ?? 5;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  for (let n = 1; ; n += 1) {
    try {
      return await operation();
    } catch (error) {
      if (n >= attempts || !isTransientStorageError(error)) throw error;
      await sleep(retryDelayMs(error, n, options.random));
    }
  }
}
