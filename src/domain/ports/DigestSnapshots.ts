import type { IsoDate } from '../plan/types';
import type { DigestSnapshot } from '../digests/LeadershipDigest';

/** Weekly snapshots of the leadership digest, per plan and period, for "change since last week". */
export interface DigestSnapshots {
  /** Stores (or replaces) the snapshot of a plan, period and day. */
  save(snapshot: DigestSnapshot): Promise<void>;
  /** The newest snapshot of the plan and period taken on or before `onOrBefore`. */
  latest(planId: string, periodKey: string, onOrBefore: IsoDate): Promise<DigestSnapshot | null>;
}
