import { retryTransient } from '../../storage/retryTransient';

/** How many times a submission is tried when the database is momentarily busy. */
const ATTEMPTS = 4;

/**
 * Runs a submission again after a transient storage error (Cosmos DB rate limiting, a failover, a
 * network blip: see storage/retryTransient). Safe because a submission is idempotent: the version
 * claim, the repeat detection and the audit repair make a second run store nothing twice.
 */
export async function submitResultRetry<T>(attempt: () => Promise<T>): Promise<T> {
  return retryTransient(attempt, { attempts: ATTEMPTS });
}
