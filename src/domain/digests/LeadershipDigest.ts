import type { ActionDigestCounts } from '../actions/actionDigestCounts';
import type { IsoDate, ResultScaleId } from '../plan/types';
import type { DigestCounts } from './DigestCounts';
import type { DigestPeriod } from './DigestPeriod';

/** A risk area or a unit with its counts. */
export interface DigestGroup {
  id: string;
  name: string;
  counts: DigestCounts;
}

export interface OverdueItem {
  occasionId: string;
  controlTitle: string;
  unitName: string;
  /** Who performs the control for the unit; null when the plan staffs no one. */
  performerName: string | null;
  dueDate: IsoDate;
  /** Working days since the due date, as the reminders count them. */
  daysOverdue: number;
}

/** Difference from the snapshot taken a week earlier (positive = more than then). */
export interface DigestChange {
  since: IsoDate;
  done: number;
  missing: number;
  overdue: number;
  deviations: number;
}

/** What leadership reads weekly in a channel, and `status` on demand. */
export interface LeadershipDigest {
  /** Actions (åtgärder) of the plan: open, checkpoint missed, closed in the last week. */
  actions?: ActionDigestCounts;
  planId: string;
  planTitle: string;
  organisation: string;
  period: DigestPeriod;
  today: IsoDate;
  /** The result scales the plan's controls use: assessments are shown in their own words. */
  scales: ResultScaleId[];
  totals: DigestCounts;
  byRiskArea: DigestGroup[];
  /** Units with the most missing occasions first. */
  byUnit: DigestGroup[];
  /** The oldest overdue occasions (at most the limit the caller asked for). */
  overdue: OverdueItem[];
  change: DigestChange | null;
}

/** What is kept of a digest to compute next week's change. */
export interface DigestSnapshot {
  planId: string;
  periodKey: string;
  takenOn: IsoDate;
  totals: DigestCounts;
  byRiskArea: Record<string, DigestCounts>;
}
