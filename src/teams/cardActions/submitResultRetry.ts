/** How many times a submission is tried when the database is momentarily busy. */
const ATTEMPTS = 4;

/**
 * True for a write refused because another write held the lock: FerretDB's SQLite backend answers
 * "database is locked (5) (SQLITE_BUSY)" under concurrent writers; MongoDB labels such errors
 * TransientTransactionError or RetryableWriteError.
 */
export function isTransientStorageError(error: unknown): boolean {
  const { message, errorLabels } = error as { message?: string; errorLabels?: string[] };
  if (/SQLITE_BUSY|database is locked/i.test(message ?? '')) return true;
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
