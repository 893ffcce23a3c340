import type { ActionDigestCounts } from '../actions/actionDigestCounts';
import type { IsoDate, Person, ResultScaleId } from '../plan/types';
import type { UnreachableReason } from '../ports/ReachabilityRepository';
import type { DigestCounts } from './DigestCounts';
import type { DigestPeriod } from './DigestPeriod';
import type { DigestGroup } from './LeadershipDigest';

/** An occasion not answered yet, with who performs it and how often they were reminded. */
export interface MissingItem {
  occasionId: string;
  controlTitle: string;
  unitName: string;
  periodKey: string;
  dueDate: IsoDate;
  /** Working days since the due date (as the reminders count); 0 while it has not passed. */
  daysOverdue: number;
  performerName: string | null;
  reminders: number;
}

/** What one responsible manager gets 1:1 each week, for the controls of their units. */
export interface ManagerDigest {
  person: Person;
  planId: string;
  planTitle: string;
  period: DigestPeriod;
  today: IsoDate;
  /** The result scales of the manager's controls. */
  scales: ResultScaleId[];
  totals: DigestCounts;
  byUnit: DigestGroup[];
  openActions: number;
  /** Actions (åtgärder) of the manager's units: open, checkpoint missed, closed in the last week. */
  actions?: ActionDigestCounts;
  /** Stored results in the manager's units waiting for their attestation. */
  waitingAttestations?: number;
  /** Controls with `answer: each`: performer answers still missing in the manager's open occasions. */
  missingParts?: number;
  /** The oldest missing occasions, at most the limit asked for. */
  missing: MissingItem[];
  /** False when no reminder has been recorded for any listed occasion (e.g. no outbox yet). */
  remindersKnown: boolean;
  /** Performers and substitutes of the manager's controls whom ikbot cannot reach, and why. */
  unreachable?: Array<{ name: string; reason: UnreachableReason }>;
}
