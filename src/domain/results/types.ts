import type { IsoDate } from '../plan/types';
import type { SampleCounts } from '../sampling/types';

/** Answer to a check item of answer type 'yesNoPartial'. */
export type YesNoPartial = 'ja' | 'nej' | 'delvis';

/** One check item's answer, tagged with the answer type it was validated against. */
export type CheckItemAnswer =
  | { itemId: string; answerType: 'yesNoPartial'; value: YesNoPartial }
  | { itemId: string; answerType: 'percentage'; value: number }
  | { itemId: string; answerType: 'count'; value: number }
  | { itemId: string; answerType: 'number'; value: number }
  | { itemId: string; answerType: 'text'; value: string };

/**
 * Codes of the three result scales (domain notes §4), best first, as stored; the labels and the
 * fully-approved flag live in src/domain/plan/resultScales.ts (a test keeps the two in step).
 */
export type GodkandCode = 'godkand' | 'delvis_godkand' | 'ej_godkand';
export type AnmarkningCode = 'utan_anmarkning' | 'forsumbar_anmarkning' | 'med_anmarkning';
export type GenomfordCode = 'genomford' | 'genomford_med_avvikelse' | 'pagaende';
export type AssessmentCode = GodkandCode | AnmarkningCode | GenomfordCode;

/** Förslag till åtgärd: what is to be done, by whom, by when. */
export interface ProposedAction {
  what: string;
  who: string;
  dueDate: IsoDate;
}

/** The control was performed and assessed. */
export interface PerformedControlResult {
  kind: 'performed';
  performedOn: IsoDate;
  answers: CheckItemAnswer[];
  assessment: AssessmentCode;
  deviations: number;
  comment?: string;
  analysis?: string;
  /** Present whenever the assessment is not the scale's best value; may be given otherwise too. */
  proposedAction?: ProposedAction;
  /** The sample reviewed, when the control point has a sampling rule. */
  sample?: SampleCounts;
}

/** The control does not apply this period (e.g. no such cases), with the reason. */
export interface NotApplicableControlResult {
  kind: 'notApplicable';
  reason: string;
  comment?: string;
}

/**
 * A validated control result, as a performer submitted it. Who registered it, when, and the
 * version number are recorded by the use case that stores it, not taken from the card.
 */
export type ControlResult = PerformedControlResult | NotApplicableControlResult;
