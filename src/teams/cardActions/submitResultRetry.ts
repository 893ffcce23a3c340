/** How many times a submission is tried when the database is momentarily busy. */
const ATTEMPTS = 4;

/**
 * True for an error MongoDB labels as worth retrying (TransientTransactionError or
 * RetryableWriteError, e.g. during a replica-set failover the driver's own retry did not outlast).
 */
export function isTransientStorageError(error: unknown): boolean {
  const { errorLabels } = error as { errorLabels?: string[] };
  return (errorLabels ?? []).some(
    (label) => label === 'TransientTransactionError' || label === 'RetryableWriteError',
  );
}

/**
 * Runs a submission again when the database was busy. Safe because a submission is idempotent:
 * the version claim, the repeat detection and the audit repair make a second run store nothing twice.
 */
export async function submitResultRetry<T>(attempt: () => Promise<T>): Promise<T> {
  for (let n = 1; ; n += 1) {
    try {
      return await attempt();
    } catch (error) {
      if (n >= ATTEMPTS || !isTransientStorageError(error)) throw error;
      await new Promise((resolve) => setTimeout(resolve, 20 * n + Math.random() * 30 * n));
    }
  }
}
