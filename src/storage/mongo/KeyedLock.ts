/**
 * Runs async work one at a time per key, within this process. Used around the read-modify-write
 * updates of derived documents (occasion counters, report lines): FerretDB 1.24 applies an update
 * by reading the document and writing it back, so two concurrent updates of one document can lose
 * one of them (measured: 50 concurrent $inc of one field left it at 1). On MongoDB the same
 * updates are atomic anyway; the lock only costs a short wait.
 */
export class KeyedLock {
  private readonly tails = new Map<string, Promise<unknown>>();

  async run<T>(key: string, work: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(key) ?? Promise.resolve();
    const mine = previous.then(work, work);
    const tail = mine.catch(() => undefined);
    this.tails.set(key, tail);
    try {
      return await mine;
    } finally {
      if (this.tails.get(key) === tail) this.tails.delete(key);
    }
  }
}

/**
 * The one lock of the views beside the occasions (digest counters, report lines), keyed by plan
 * id: a result's update of either view and a plan's rebuild never overlap within the process.
 */
export const projectionLock = new KeyedLock();
