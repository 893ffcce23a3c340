import type { DueReminder } from '../reminders/types';

/**
 * pending → sending (claimed atomically right before the request, with the claim time as a lease)
 * → sent | failed (permanent) |
 * skipped (answered meanwhile, or replaced by a later reminder) | unconfirmed (the process died with
 * the request in flight: it is never re-sent, so a reminder goes out at most once, and it is
 * recorded, so nothing is lost silently).
 */
export type OutboxStatus = 'pending' | 'sending' | 'sent' | 'failed' | 'skipped' | 'unconfirmed';

export interface OutboxAttempt {
  at: Date;
  outcome: 'sent' | 'retry' | 'failed' | 'skipped' | 'unconfirmed' | 'released';
  httpStatus?: number;
  code?: string;
  owner: string;
}

export interface OutboxItem extends DueReminder {
  tenantId: string;
  status: OutboxStatus;
  createdAt: Date;
  attempts: OutboxAttempt[];
  sentAt?: Date;
  reason?: string;
}

export interface OutboxCompletion {
  ids: string[];
  status: Exclude<OutboxStatus, 'sending'>;
  /** Every attempt of this send, oldest first (retries before the final outcome). */
  attempts: OutboxAttempt[];
  reason?: string;
}

export interface Outbox {
  /** Creates the items that do not exist yet (deterministic ids: a second call is a no-op); returns how many were new. */
  enqueue(reminders: readonly DueReminder[], tenantId: string, at: Date): Promise<number>;
  /** Marks still-unsent items skipped (a later reminder of the same occasion replaced them). */
  supersede(ids: readonly string[], reason: string, at: Date): Promise<number>;
  /**
   * Items claimed more than `staleMs` ago (wall clock, the lease) without a recorded outcome: the
   * sending process died with the request in flight. They become unconfirmed, never re-sent; each
   * is reported to exactly one caller.
   */
  recover(owner: string, clock: Date, staleMs: number): Promise<{ unconfirmed: string[] }>;
  /** Items with no request started and no outcome, oldest first, leaving out `exclude`. */
  pending(exclude?: ReadonlySet<string>): Promise<OutboxItem[]>;
  /**
   * Claims enqueued items for sending, right before the request (pending → sending): returns the
   * ids this owner may send. A person's items are claimed together: while one caller claims a
   * person's items no other caller claims any of them (a per-person lease, held for the claim only,
   * expiring after `leaseMs` of wall clock if its holder dies), so two processes never split one
   * person's message. An id someone else claimed, or one that was never enqueued, is not returned:
   * one-off messages that are not reminders (digests) use OnceDeliveries instead.
   */
  markInFlight(ids: readonly string[], owner: string, clock: Date, leaseMs?: number): Promise<string[]>;
  /** Writes outcomes of claimed items ('skipped' of unclaimed ones); status 'pending' hands claims back for a later pass. */
  complete(completions: readonly OutboxCompletion[], at: Date): Promise<void>;
  /** Items for one person, e.g. for "påminnelser". */
  forRecipient(aadObjectId: string, statuses?: readonly OutboxStatus[]): Promise<OutboxItem[]>;
  /**
   * Deletes finished items of occasions due before `dueBefore`. Passes no longer look at occasions
   * that old, so nothing is re-sent after the purge. (Explicit rather than TTL: the retention is
   * counted from the occasion's due date, a setting of the pass, not from a stored instant.)
   */
  purge(dueBefore: string): Promise<number>;
}
