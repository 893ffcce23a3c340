import type { Filter } from 'mongodb';
import type { Occasion } from '../../../domain/plan/types';
import type {
  OccasionQuery,
  OccasionRecord,
  OccasionStatus,
  StoredResult,
} from '../../../domain/ports/OccasionRepository';
import { occasionKey } from '../../../domain/schedule/occasionKey';

/** Flat fields so that every filter and $group runs on top-level, indexable values. */
export interface OccasionDocument {
  _id: string;
  planId: string;
  year: number;
  riskAreaId: string;
  controlId: string;
  unitId: string;
  periodKey: string;
  periodStart: string;
  periodEnd: string;
  dueDate: string;
  /** YYYY-MM of the due date, for per-month grouping. */
  dueMonth: string;
  status: OccasionStatus;
  version: number;
  result?: StoredResult;
  /** Copied from result on save so that $group can count and $sum them (digests, report). */
  assessment?: string | null;
  deviations?: number;
  retired: boolean;
  updatedAt: Date;
  /**
   * True from a result's write until its writer has moved the views (digest counters, report
   * lines); viewsMark is the wall clock of the last of these two steps. A plan's rebuild reads them
   * to know whether a result was stored while it ran, and a mark left pending longer than the views
   * lease means the writer died: the views are rebuilt (see MongoOccasionProjections).
   */
  viewsPending?: boolean;
  viewsMark?: Date;
}

export function toFilter(query: OccasionQuery): Filter<OccasionDocument> {
  const filter: Filter<OccasionDocument> = {};
  if (query.planId) filter.planId = query.planId;
  if (query.year !== undefined) filter.year = query.year;
  if (query.controlId) filter.controlId = query.controlId;
  if (query.unitIds) filter.unitId = { $in: query.unitIds };
  if (query.statuses) filter.status = { $in: query.statuses };
  if (query.dueFrom || query.dueTo) {
    filter.dueDate = {
      ...(query.dueFrom ? { $gte: query.dueFrom } : {}),
      ...(query.dueTo ? { $lte: query.dueTo } : {}),
    };
  }
  if (query.periodStartedBy) filter.periodStart = { $lte: query.periodStartedBy };
  if (!query.includeRetired) filter.retired = false;
  return filter;
}

/** The stored form of a newly computed occasion: open, version 0. */
export function toDocument(occasion: Occasion, riskAreaId: string, at: Date): OccasionDocument {
  return {
    _id: occasionKey(occasion),
    planId: occasion.planId,
    year: Number(occasion.period.start.slice(0, 4)),
    riskAreaId,
    controlId: occasion.controlId,
    unitId: occasion.unitId,
    periodKey: occasion.period.key,
    periodStart: occasion.period.start,
    periodEnd: occasion.period.end,
    dueDate: occasion.dueDate,
    dueMonth: occasion.dueDate.slice(0, 7),
    status: 'open',
    version: 0,
    retired: false,
    updatedAt: at,
  };
}

export function toRecord(document: OccasionDocument): OccasionRecord {
  return {
    id: document._id,
    planId: document.planId,
    controlId: document.controlId,
    unitId: document.unitId,
    period: { key: document.periodKey, start: document.periodStart, end: document.periodEnd },
    dueDate: document.dueDate,
    year: document.year,
    riskAreaId: document.riskAreaId,
    status: document.status,
    version: document.version,
    result: document.result,
    retired: document.retired,
    updatedAt: document.updatedAt,
  };
}
