/**
 * Keeps sends under Teams' per-app-per-tenant limit as Teams counts it: at most `limit` requests in
 * any sliding window of `windowMs` (plus a margin for the time a request takes to arrive). A sliding
 * window, unlike a token bucket, lets the sender catch up after a pause without exceeding the limit.
 */
export class ReminderRateLimiter {
  private readonly sent: number[] = [];

  constructor(
    private readonly limit: number,
    private readonly windowMs = 1000,
    private readonly marginMs = 60,
    private readonly sleep: (ms: number) => Promise<void> = (ms) => new Promise((r) => setTimeout(r, ms)),
    private readonly clock: () => number = () => Date.now(),
  ) {}

  /** Waits until one more request fits in the window, then counts it. */
  async acquire(): Promise<void> {
    for (;;) {
      const now = this.clock();
      while (this.sent.length > 0 && now - this.sent[0] >= this.windowMs + this.marginMs) this.sent.shift();
      if (this.sent.length < this.limit) {
        this.sent.push(now);
        return;
      }
      await this.sleep(this.sent[0] + this.windowMs + this.marginMs - now);
    }
  }

  /** After a 429: nothing more is sent for `ms`. */
  pause(ms: number): void {
    const until = this.clock() + ms - this.windowMs - this.marginMs;
    this.sent.length = 0;
    for (let i = 0; i < this.limit; i += 1) this.sent.push(until);
  }
}
