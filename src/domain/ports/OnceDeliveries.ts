import type { OutboxAttempt } from './Outbox';

/**
 * sending (claimed, the claim time as a lease, renewed before each attempt) → sent | failed
 * (permanent) | pending (handed back after the last transient failure: a later run may claim it) |
 * unconfirmed (the sender stopped with the lease running out and no outcome: Teams may have
 * delivered it, so it is not sent again, and it is recorded so nothing is lost silently).
 */
export type OnceDeliveryStatus = 'sending' | 'sent' | 'failed' | 'pending' | 'unconfirmed';

/** One message that is not a reminder (one weekly digest to one channel or person on one day). */
export interface OnceDelivery {
  key: string;
  status: OnceDeliveryStatus;
  owner: string;
  createdAt: Date;
  claimedAt: Date;
  finishedAt?: Date;
  /** Every attempt, oldest first. */
  attempts: OutboxAttempt[];
  reason?: string;
}

export interface OnceDeliveryOutcome {
  status: 'sent' | 'failed' | 'pending';
  /** The attempts of this claim, oldest first (appended to earlier claims' attempts). */
  attempts: OutboxAttempt[];
  reason?: string;
}

/**
 * Messages with a deterministic key sent at most once, apart from the reminder outbox (whose passes
 * must never pick them up): whoever claims a key first sends it; a second process or a re-run finds
 * it claimed or finished and leaves it.
 */
export interface OnceDeliveries {
  /**
   * Claims `key` for `owner`: true when this owner may send it now. A new key is created claimed; a
   * handed-back one ('pending') is claimable again; one claimed, sent, failed or unconfirmed is not.
   * A claim older than `leaseMs` (wall clock) without an outcome turns 'unconfirmed' here, reported
   * to exactly one caller (still false: never sent twice).
   */
  claim(key: string, owner: string, clock: Date, leaseMs: number): Promise<boolean>;
  /** Extends this owner's claim (before each attempt); false when the claim is no longer this owner's. */
  renew(key: string, owner: string, clock: Date): Promise<boolean>;
  /** Records the outcome of this owner's claim; false when the claim was no longer this owner's. */
  complete(key: string, owner: string, outcome: OnceDeliveryOutcome, at: Date): Promise<boolean>;
  get(key: string): Promise<OnceDelivery | undefined>;
  /** Deletes finished deliveries created before `before`; returns how many. */
  purge(before: Date): Promise<number>;
}
