import type { ActionDigestCounts } from '../actions/actionDigestCounts';
import type { IsoDate, Person } from '../plan/types';
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
  /** 0 while the due date has not passed. */
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
}
