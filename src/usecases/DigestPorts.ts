import type { AttestationCountPorts } from './attestation/countWaitingAttestations';
import type { OccasionPartRepository } from '../domain/ports/OccasionPartRepository';
import type { DigestQueries } from '../domain/ports/DigestQueries';
import type { DigestSnapshots } from '../domain/ports/DigestSnapshots';
import type { ReachabilityRepository } from '../domain/ports/ReachabilityRepository';
import type { SubscriptionRepository } from '../domain/ports/SubscriptionRepository';
import type { ActionDigestPorts } from './actions/actionDigestSection';

/** The storage the digests read and write. */
export interface DigestPorts {
  queries: DigestQueries;
  snapshots: DigestSnapshots;
  subscriptions: SubscriptionRepository;
  /** Actions for the digests' actions section; without it the section is left out. */
  actions?: ActionDigestPorts;
  /** People ikbot cannot reach (listed in the manager's digest); optional. */
  reachability?: ReachabilityRepository;
  /** Per-role answers of `answer: each` controls, to count the missing parts; absent = not counted. */
  parts?: OccasionPartRepository;
  /** Occasions and attestations, to count results waiting for attestation; absent = not counted. */
  attestation?: AttestationCountPorts;
}
