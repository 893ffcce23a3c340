import type { DeliveryOutcome } from '../domain/ports/Messenger';
import type { Outbox, OutboxAttempt } from '../domain/ports/Outbox';

export interface DeliverOnceDeps {
  outbox: Pick<Outbox, 'markInFlight' | 'complete'>;
  /** This process, as the outbox's markers name it. */
  owner: string;
  clock(): Date;
  /** Waits between attempts; tests pass one that does not wait. */
  sleep?(ms: number): Promise<void>;
  /** Attempts per message before it is handed back for a later run (default 4). */
  maxAttempts?: number;
}

export type DeliverOnceOutcome = DeliveryOutcome | { ok: false; alreadySent: true };

const MAX_WAIT_MS = 60_000;
const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * A message with a deterministic id (e.g. one weekly digest to one channel) sent at most once, through
 * the outbox's markers: whoever marks the id first sends it (a second bot process, or a re-run the same
 * day, finds it marked and skips); 429 and 5xx are retried, honouring Retry-After; the outcome with
 * every attempt is recorded. After the last attempt fails transiently the marker is handed back, so a
 * later run may send it.
 */
export async function deliverOnce(
  deps: DeliverOnceDeps,
  id: string,
  send: () => Promise<DeliveryOutcome>,
): Promise<DeliverOnceOutcome> {
  const mine = await deps.outbox.markInFlight([id], deps.owner, deps.clock());
  if (!mine.includes(id)) return { ok: false, alreadySent: true };
  const attempts: OutboxAttempt[] = [];
  const attempt = (outcome: OutboxAttempt['outcome'], result?: DeliveryOutcome): OutboxAttempt => ({
    at: deps.clock(),
    outcome,
    owner: deps.owner,
    ...(result && !result.ok && result.status !== undefined ? { httpStatus: result.status } : {}),
    ...(result && !result.ok && result.code ? { code: result.code } : {}),
  });
  const maxAttempts = deps.maxAttempts ?? 4;
  for (let n = 1; ; n += 1) {
    const outcome = await send();
    if (outcome.ok) {
      attempts.push(attempt('sent'));
      await deps.outbox.complete([{ ids: [id], status: 'sent', attempts }], deps.clock());
      return outcome;
    }
    if (outcome.permanent) {
      attempts.push(attempt('failed', outcome));
      await deps.outbox.complete(
        [{ ids: [id], status: 'failed', attempts, reason: outcome.reason }],
        deps.clock(),
      );
      return outcome;
    }
    attempts.push(attempt('retry', outcome));
    if (n >= maxAttempts) {
      await deps.outbox.complete(
        [{ ids: [id], status: 'pending', attempts, reason: outcome.reason }],
        deps.clock(),
      );
      return outcome;
    }
    const delay = Math.min(MAX_WAIT_MS, outcome.retryAfterMs ?? 1000 * 2 ** (n - 1));
    await (deps.sleep ?? wait)(delay);
  }
}
