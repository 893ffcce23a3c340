import type { DigestQueries } from '../domain/ports/DigestQueries';
import type { DigestSnapshots } from '../domain/ports/DigestSnapshots';
import type { SubscriptionRepository } from '../domain/ports/SubscriptionRepository';

/** The storage the digests read and write. */
export interface DigestPorts {
  queries: DigestQueries;
  snapshots: DigestSnapshots;
  subscriptions: SubscriptionRepository;
}
