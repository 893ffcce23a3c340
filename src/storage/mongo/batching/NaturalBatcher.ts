/** What one item of a batch came to: its value, or the error that item alone met. */
export type Settled<O> = { ok: true; value: O } | { ok: false; error: unknown };

export interface NaturalBatcherOptions {
  /** Most items sent in one command (MongoDB takes up to 100,000 writes; reads stay small). */
  maxBatch?: number;
}

interface Waiting<I, O> {
  item: I;
  resolve: (value: O) => void;
  reject: (error: unknown) => void;
}

/**
 * Natural batching (also called group commit): the first item goes to the database at once;
 * items that arrive while that command is on its way wait, and go together in the next command
 * when it returns. Alone, an item waits for nothing; under load, each round trip carries every
 * item that arrived during the previous one, so fifty people sending cards at once cost a handful
 * of commands instead of fifty, on the bot's socket and on the database alike.
 *
 * `send` gets the items in arrival order and answers with one Settled per item (an unordered
 * bulkWrite reports which writes failed); if it throws, every item of that batch gets the error.
 * Each caller's promise settles only when its own item is written or read, so nothing is
 * acknowledged before the database has it.
 *
 * Hand-written rather than dataloader: dataloader gathers the loads of one tick, and requests
 * that arrive in different I/O callbacks are never in the same tick, so under this load its
 * batches hold one item each.
 */
export class NaturalBatcher<I, O> {
  private readonly queue: Array<Waiting<I, O>> = [];
  private sending = false;
  private readonly maxBatch: number;

  constructor(
    private readonly send: (items: I[]) => Promise<Array<Settled<O>>>,
    options: NaturalBatcherOptions = {},
  ) {
    this.maxBatch = options.maxBatch ?? 500;
  }

  run(item: I): Promise<O> {
    return new Promise<O>((resolve, reject) => {
      this.queue.push({ item, resolve, reject });
      if (!this.sending) void this.drain();
    });
  }

  private async drain(): Promise<void> {
    this.sending = true;
    try {
      while (this.queue.length > 0) {
        const batch = this.queue.splice(0, this.maxBatch);
        let settled: Array<Settled<O>>;
        try {
          settled = await this.send(batch.map((waiting) => waiting.item));
        } catch (error) {
          for (const waiting of batch) waiting.reject(error);
          continue;
        }
        batch.forEach((waiting, index) => {
          const outcome = settled[index];
          if (!outcome)
            waiting.reject(new Error(`The batch answered ${settled.length} of ${batch.length} items.`));
          else if (outcome.ok) waiting.resolve(outcome.value);
          else waiting.reject(outcome.error);
        });
      }
    } finally {
      this.sending = false;
    }
  }
}
