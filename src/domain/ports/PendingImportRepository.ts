import type { Plan } from '../plan/types';
import type { Actor } from './OccasionRepository';

export type PendingImportState = 'pending' | 'confirmed' | 'cancelled';

/** A validated plan file an administrator sent in Teams, waiting for them to confirm or cancel it. */
export interface PendingImport {
  id: string;
  fileName: string;
  plan: Plan;
  /** Warnings from validation, in both languages, shown on the summary card. */
  warnings: Array<{ sv: string; en: string }>;
  uploadedBy: Actor;
  uploadedAt: Date;
  /** Absent after this instant: readers treat it as gone; a TTL index and deleteExpired remove it. */
  expiresAt: Date;
  state: PendingImportState;
  decidedBy?: Actor;
  decidedAt?: Date;
  /** The plan revision the confirmed import became; missing while (or if, after a crash) it is applied. */
  appliedRevision?: number;
}

export interface PendingImportRepository {
  create(pending: PendingImport): Promise<void>;
  findById(id: string): Promise<PendingImport | null>;
  /**
   * Moves a pending import to `state` if it is still pending and was uploaded by `actor` (one atomic
   * update), so that two clicks on Confirm import once. Returns the updated import, or null when it
   * was already decided, belongs to someone else or is gone.
   */
  decide(
    id: string,
    actor: Actor,
    state: Exclude<PendingImportState, 'pending'>,
    at: Date,
  ): Promise<PendingImport | null>;
  /** Puts a claimed import back to pending, when applying it failed and the person may try again. */
  reopen(id: string): Promise<void>;
  /** Records that a confirmed import is applied (the plan revision it became). */
  markApplied(id: string, revision: number): Promise<void>;
  /** Deletes imports whose expiresAt has passed; returns how many. */
  deleteExpired(now: Date): Promise<number>;
}
