import type { DigestQueries } from '../domain/ports/DigestQueries';
import type { DigestSnapshots } from '../domain/ports/DigestSnapshots';
import type { ReachabilityRepository } from '../domain/ports/ReachabilityRepository';
import type { SubscriptionRepository } from '../domain/ports/SubscriptionRepository';

/** The storage the digests read and write. */
export interface DigestPorts {
  queries: DigestQueries;
  snapshots: DigestSnapshots;
  subscriptions: SubscriptionRepository;
  /** People ikbot cannot reach (listed in the manager's digest); optional. */
  reachability?: ReachabilityRepository;
}
