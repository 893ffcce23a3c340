import { setTimeout as sleep } from 'node:timers/promises';

/**
 * Paces the evidence bytes a bot process writes to the store (a token bucket shared by every
 * upload in the process): a file of up to `burstBytes` goes at once, a larger one at
 * `bytesPerSecond`, and two at the same time share the rate. An upload is background work next to
 * people clicking on cards: unpaced, a 10 MB file takes both cores of a small host (the bot, the
 * database and the file's sender) for a few hundred milliseconds, and everyone else's card waits.
 * Paced, it takes a little longer and the rest of the process keeps its latency.
 */
export class TransferPace {
  private tokens: number;
  private last: number;

  constructor(
    private readonly bytesPerSecond: number,
    private readonly burstBytes: number,
    private readonly clock: () => number = () => performance.now(),
  ) {
    this.tokens = burstBytes;
    this.last = clock();
  }

  /** Waits until `bytes` more may be written (at once while the burst lasts). */
  async take(bytes: number): Promise<void> {
    const wait = this.reserve(bytes);
    if (wait > 0) await sleep(wait);
  }

  /**
   * Spends `bytes` and says how many milliseconds to wait before writing them: 0 while the burst
   * lasts. Spent ahead, so a second upload queues behind the first one's bytes, not beside them.
   */
  reserve(bytes: number): number {
    const now = this.clock();
    this.tokens = Math.min(this.burstBytes, this.tokens + ((now - this.last) * this.bytesPerSecond) / 1000);
    this.last = now;
    this.tokens -= bytes;
    return this.tokens < 0 ? (-this.tokens / this.bytesPerSecond) * 1000 : 0;
  }

  /**
   * The content in pieces of at most `pieceBytes` (views, not copies), paced. A piece goes on as
   * soon as it has arrived and the wait comes after it, before the next one is read: the bytes
   * wait in the socket, not in the process (pieces held across garbage collections would be
   * promoted and freed only by a full one).
   */
  async *paced(content: Buffer | AsyncIterable<Buffer>, pieceBytes = 255 * 1024): AsyncGenerator<Buffer> {
    const chunks = Buffer.isBuffer(content) ? [content] : content;
    for await (const chunk of chunks)
      for (let start = 0; start < chunk.length; start += pieceBytes) {
        const piece = chunk.subarray(start, start + pieceBytes);
        yield piece;
        await this.take(piece.length);
      }
  }
}
