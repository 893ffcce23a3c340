/**
 * Keeps sends under Teams' per-app-per-tenant limit as Teams counts it: at most `limit` requests
 * arriving in any one-second window. The window is counted on when our requests were *answered*: a
 * request arrived before its answer, so starting request n + limit at least a second after request
 * n was answered guarantees the two arrived a second apart, however long the event loop or the
 * network delayed either of them. A sliding window (unlike a token bucket) also lets the sender catch
 * up after a pause without exceeding the limit.
 */
export class ReminderRateLimiter {
  /** Answer times of recent requests, oldest first. */
  private readonly answered: number[] = [];
  private inFlight = 0;

  constructor(
    private readonly limit: number,
    private readonly windowMs = 1000,
    private readonly sleep: (ms: number) => Promise<void> = (ms) => new Promise((r) => setTimeout(r, ms)),
    private readonly clock: () => number = () => Date.now(),
  ) {}

  /** Waits until one more request may start; call the returned function when it was answered. */
  async acquire(): Promise<() => void> {
    for (;;) {
      const now = this.clock();
      while (this.answered.length > 0 && now - this.answered[0] >= this.windowMs) this.answered.shift();
      if (this.answered.length + this.inFlight < this.limit) break;
      const wait = this.answered.length > 0 ? this.answered[0] + this.windowMs - now : 5;
      await this.sleep(Math.max(1, wait));
    }
    this.inFlight += 1;
    let done = false;
    return () => {
      if (done) return;
      done = true;
      this.inFlight -= 1;
      this.answered.push(this.clock());
    };
  }

  /** After a 429: nothing more is started for `ms`. */
  pause(ms: number): void {
    const until = this.clock() + ms - this.windowMs;
    this.answered.length = 0;
    for (let i = 0; i < this.limit; i += 1) this.answered.push(until);
  }
}
