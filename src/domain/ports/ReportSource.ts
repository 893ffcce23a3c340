import type { IsoDate } from '../plan/types';
import type { ControlResult, NotApplicableControlResult, PerformedControlResult } from '../results/types';
import type { Action } from '../actions/types';

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

/** One stored result (answered or not applicable) of an occasion whose period starts in the report's year. */
export interface ReportResult {
  controlId: string;
  unitId: string;
  periodKey: string;
  periodStart: IsoDate;
  result: ControlResult;
}

/** The stored results of a plan's year, handed out one control at a time. */
export interface YearResults {
  /** One control's results by unit and period; each control can be taken once (its memory is released). */
  take(controlId: string): ReportResult[];
}

/** What the follow-up of controls (seed 004) reads of an occasion; an OccasionRecord is one. */
export interface FollowUpOccasion {
  controlId: string;
  unitId: string;
  dueDate: IsoDate;
  period: { key: string; start: IsoDate };
  result?: { result: FollowUpResult; submittedBy: { name: string } };
}

/** What the follow-up of controls shows of a stored result (not its answers, sample or proposal). */
export type FollowUpResult =
  | Pick<PerformedControlResult, 'kind' | 'performedOn' | 'assessment' | 'comment' | 'analysis'>
  | Pick<NotApplicableControlResult, 'kind'>;

/** What the annual follow-up report reads. */
export interface ReportSource {
  /**
   * The stored results of the periods starting in `year`, of the given controls only when named
   * (the report reads one risk area's at a time, so it holds one area's results, not the year's).
   */
  resultsOf(planId: string, year: number, controlIds?: readonly string[]): Promise<YearResults>;
  /** The actions (åtgärder) of one risk area's controls. */
  actionsOf(planId: string, controlIds: string[]): AsyncIterable<Action>;
  /**
   * A plan's occasions due by `dueTo` (retired ones too) in one pass, handed out one control × unit
   * at a time (by control, unit and period): the follow-up of controls reads the whole plan once,
   * not once per control, and holds one unit's occasions of one control at a time.
   */
  occasionsByControlAndUnit(planId: string, dueTo: IsoDate): AsyncIterable<FollowUpOccasion[]>;
  evaluationsOf(planId: string, year: number): Promise<FollowUpEvaluation[]>;
  saveEvaluation(evaluation: FollowUpEvaluation): Promise<void>;
  deleteEvaluation(which: Pick<FollowUpEvaluation, 'planId' | 'year' | 'kind' | 'subjectId'>): Promise<void>;
}
