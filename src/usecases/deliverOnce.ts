import type { DeliveryOutcome } from '../domain/ports/Messenger';
import type { OnceDeliveries } from '../domain/ports/OnceDeliveries';
import type { OutboxAttempt } from '../domain/ports/Outbox';

export interface DeliverOnceDeps {
  deliveries: OnceDeliveries;
  /** This process, as the deliveries' claims name it. */
  owner: string;
  /** Wall clock: claims, leases and the recorded attempts. */
  clock(): Date;
  /** Waits between attempts; tests pass one that does not wait. */
  sleep?(ms: number): Promise<void>;
  /** Attempts per message before it is handed back for a later run (default 4). */
  maxAttempts?: number;
  /** A claim not renewed for this long (wall clock) counts as its sender gone (default 5 min). */
  leaseMs?: number;
}

export type DeliverOnceOutcome = DeliveryOutcome | { ok: false; alreadySent: true };

const MAX_WAIT_MS = 60_000;
const DEFAULT_LEASE_MS = 5 * 60_000;
const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * A message with a deterministic key (e.g. one weekly digest to one channel on one day) sent at most
 * once, through its own delivery record (not the reminder outbox, whose passes must not take it):
 * whoever claims the key first sends it (a second bot process, or a re-run the same day, finds it
 * claimed or finished and skips); the claim is renewed before each attempt, so a long Retry-After
 * does not let it lapse; 429 and 5xx are retried, honouring Retry-After; the outcome with every
 * attempt is recorded. After the last attempt fails transiently the claim is handed back, so a later
 * run may send it.
 */
export async function deliverOnce(
  deps: DeliverOnceDeps,
  key: string,
  send: () => Promise<DeliveryOutcome>,
): Promise<DeliverOnceOutcome> {
  const { deliveries, owner } = deps;
  if (!(await deliveries.claim(key, owner, deps.clock(), deps.leaseMs ?? DEFAULT_LEASE_MS))) {
    return { ok: false, alreadySent: true };
  }
  const attempts: OutboxAttempt[] = [];
  const attempt = (outcome: OutboxAttempt['outcome'], result?: DeliveryOutcome): OutboxAttempt => ({
    at: deps.clock(),
    outcome,
    owner,
    ...(result && !result.ok && result.status !== undefined ? { httpStatus: result.status } : {}),
    ...(result && !result.ok && result.code ? { code: result.code } : {}),
  });
  const maxAttempts = deps.maxAttempts ?? 4;
  for (let n = 1; ; n += 1) {
    // Still ours? (A claim that lapsed was recorded unconfirmed by another process: never send it twice.)
    if (n > 1 && !(await deliveries.renew(key, owner, deps.clock()))) return { ok: false, alreadySent: true };
    const outcome = await send();
    if (outcome.ok) {
      attempts.push(attempt('sent'));
      await deliveries.complete(key, owner, { status: 'sent', attempts }, deps.clock());
      return outcome;
    }
    if (outcome.permanent) {
      attempts.push(attempt('failed', outcome));
      await deliveries.complete(
        key,
        owner,
        { status: 'failed', attempts, reason: outcome.reason },
        deps.clock(),
      );
      return outcome;
    }
    attempts.push(attempt('retry', outcome));
    if (n >= maxAttempts) {
      await deliveries.complete(
        key,
        owner,
        { status: 'pending', attempts, reason: outcome.reason },
        deps.clock(),
      );
      return outcome;
    }
    const delay = Math.min(MAX_WAIT_MS, outcome.retryAfterMs ?? 1000 * 2 ** (n - 1));
    await (deps.sleep ?? wait)(delay);
  }
}
