import type { IsoDate } from '../plan/types';
import type { OccasionStatus } from './OccasionRepository';

/** Which occasions a digest counts: one plan, due within [from, to], optionally some units only. */
export interface DigestScope {
  planId: string;
  from: IsoDate;
  to: IsoDate;
  unitIds?: string[];
}

export type DigestGroupField = 'riskAreaId' | 'unitId' | 'controlId';

/** One $group row: occasions with the same key, status and assessment code. */
export interface StatusCountRow {
  key: Partial<Record<DigestGroupField, string>>;
  status: OccasionStatus;
  /** The stored assessment code of answered occasions; null when open or not applicable. */
  assessment: string | null;
  count: number;
  deviations: number;
}

/** An open occasion whose due date has passed. */
export interface OpenOccasionRow {
  occasionId: string;
  riskAreaId: string;
  controlId: string;
  unitId: string;
  periodKey: string;
  dueDate: IsoDate;
}

/** Aggregates the digests and the report need, computed in the database (never every result in memory). */
export interface DigestQueries {
  /** Occasions in scope counted by status and assessment, grouped by the given fields. */
  statusCounts(scope: DigestScope, by: DigestGroupField[]): Promise<StatusCountRow[]>;
  /** Open occasions due before `today`, counted per group (the overdue part of "missing"). */
  overdueCounts(scope: DigestScope, today: IsoDate, by: DigestGroupField[]): Promise<StatusCountRow[]>;
  /** The open occasions due before `today`, oldest first, at most `limit`. */
  overdueOccasions(scope: DigestScope, today: IsoDate, limit: number): Promise<OpenOccasionRow[]>;
  /** Every open occasion in scope (for one manager's units), oldest first, at most `limit`. */
  openOccasions(scope: DigestScope, limit: number): Promise<OpenOccasionRow[]>;
  /** Open actions (åtgärder) per unit of a plan; empty when no action has been stored yet. */
  openActionCounts(planId: string, unitIds: string[]): Promise<Map<string, number>>;
  /** Reminders recorded in the outbox per occasion; empty when the outbox does not exist yet. */
  reminderCounts(occasionIds: string[]): Promise<Map<string, number>>;
}
