import type { ActionRecord } from './ActionRepository';
import type { OccasionRecord } from './OccasionRepository';

/**
 * The year-end evaluation of a control (Utvärdering and Kommentar in the committee's table), or of a
 * risk area (Bedömning, Resultat, Åtgärd), as the responsible person wrote it for the follow-up.
 */
export interface FollowUpEvaluation {
  planId: string;
  year: number;
  /** A control id, or a risk area id for the area's summary. */
  subjectId: string;
  kind: 'control' | 'riskArea';
  /** As written, e.g. "Delvis godkänd (IFO)" or "genomförd med anmärkning". */
  evaluation: string;
  comment?: string;
  /** Area only: Fortsatta åtgärder / Åtgärd. */
  actionText?: string;
}

/** What the annual follow-up report reads: streamed, one risk area at a time, never every result at once. */
export interface ReportSource {
  /** Answered and not-applicable occasions of one risk area, by control, unit and period. */
  resultsOf(planId: string, year: number, riskAreaId: string): AsyncIterable<OccasionRecord>;
  /** The actions (åtgärder) of one risk area's controls. */
  actionsOf(planId: string, controlIds: string[]): AsyncIterable<ActionRecord>;
  evaluationsOf(planId: string, year: number): Promise<FollowUpEvaluation[]>;
  saveEvaluation(evaluation: FollowUpEvaluation): Promise<void>;
}
