import type { Action } from '../../domain/actions/types';
import type { Plan } from '../../domain/plan/types';
import type { FollowUpOccasion } from '../../domain/ports/ReportSource';
import type { AreaSection, FollowUpReportHead } from '../FollowUpReport';
import type { ReportBlock } from './ReportBlock';

/** What every layout is given: the plan, the report's head (table rows, header fields) and its areas. */
export interface ReportModel {
  plan: Plan;
  head: FollowUpReportHead;
  /** The risk areas one at a time, in plan order; can be iterated once. */
  areas: AsyncIterable<AreaSection>;
  /** What the follow-up of actions and controls (seed 004) reads; read only by layouts that need it. */
  followUp: FollowUpReader;
}

/**
 * The plan's actions, and its occasions due within the report's window (all retired ones too), one
 * control × unit at a time in one pass (see ReportSource.occasionsByControlAndUnit).
 */
export interface FollowUpReader {
  actions(): Promise<Action[]>;
  occasionsByControlAndUnit(): AsyncIterable<FollowUpOccasion[]>;
}

/**
 * One way municipalities lay out the follow-up report. A layout turns the model into blocks; the
 * xlsx and docx writers render them. Adding a layout: one file exporting a ReportLayout, and its
 * line in reportLayouts.ts.
 */
export interface ReportLayout {
  id: string;
  /** Swedish first: shown in messages and the help text. */
  name: { sv: string; en: string };
  blocks(model: ReportModel): AsyncIterable<ReportBlock>;
}
