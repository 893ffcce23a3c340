import type { IsoDate, Occasion } from '../plan/types';
import type { ControlResult } from '../results/types';

export type OccasionStatus = 'open' | 'answered' | 'notApplicable';

/** Who did something, as Teams identifies them. */
export interface Actor {
  aadObjectId: string;
  name: string;
}

/** The current result of an occasion; earlier versions live in the audit log. */
export interface StoredResult {
  result: ControlResult;
  version: number;
  submittedBy: Actor;
  submittedAt: Date;
  /** First registration, kept when the result is amended. */
  firstSubmittedBy: Actor;
  firstSubmittedAt: Date;
}

/**
 * One control × unit × period as stored. `id` is occasionKey(occasion); `version` is 0 until a
 * result is stored and grows by one with every amendment (optimistic concurrency on one document).
 */
export interface OccasionRecord extends Occasion {
  id: string;
  year: number;
  riskAreaId: string;
  status: OccasionStatus;
  version: number;
  result?: StoredResult;
  /** The control or unit left the plan after a result was stored: kept for the follow-up, never reminded. */
  retired: boolean;
  updatedAt: Date;
}

export interface OccasionSyncSummary {
  added: number;
  updated: number;
  removed: number;
  /** Left the plan but kept, because they carry results. */
  retired: number;
  unchanged: number;
}

export interface OccasionQuery {
  planId?: string;
  year?: number;
  controlId?: string;
  unitIds?: string[];
  statuses?: OccasionStatus[];
  /** Due on or after this date. */
  dueFrom?: IsoDate;
  /** Due on or before this date. */
  dueTo?: IsoDate;
  /** Period started on or before this date (the occasion is open for work). */
  periodStartedBy?: IsoDate;
  includeRetired?: boolean;
}

export type SaveResultOutcome =
  | { saved: true; record: OccasionRecord }
  /** Someone else saved first: the caller shows them the current state instead of overwriting it. */
  | { saved: false; current: OccasionRecord | null };

export interface OccasionRepository {
  /**
   * Makes the stored occasions of a plan match `occasions`: adds new ones, updates moved dates,
   * deletes those that left the plan without a result and retires those with one. Idempotent:
   * running it twice with the same input changes nothing the second time.
   */
  sync(
    planId: string,
    occasions: Occasion[],
    riskAreaOf: (controlId: string) => string,
    at: Date,
  ): Promise<OccasionSyncSummary>;
  findById(id: string): Promise<OccasionRecord | null>;
  find(query: OccasionQuery, limit?: number): Promise<OccasionRecord[]>;
  count(query: OccasionQuery): Promise<number>;
  /**
   * Stores a result if the occasion is still at `expectedVersion` (one atomic conditional update;
   * of concurrent writers in any number of processes exactly one wins); the new version is
   * expectedVersion + 1. The winner also moves the derived views (digest counts, report lines).
   */
  saveResult(
    id: string,
    expectedVersion: number,
    status: Exclude<OccasionStatus, 'open'>,
    result: StoredResult,
    at: Date,
  ): Promise<SaveResultOutcome>;
  /**
   * Rolls the derived views forward for an occasion whose current version was stored by a writer
   * that stopped before moving them (past the writer's lease): called when a repeat of that
   * submission arrives. Returns true when something was rolled forward.
   */
  settleViews(id: string): Promise<boolean>;
}
