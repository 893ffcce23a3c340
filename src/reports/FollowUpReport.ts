import type { ReportWindow } from '../domain/reporting/reportWindowOf';
import type { Verdict } from '../domain/verdicts/Verdict';

/** How many occasions of a control the report's window counts. */
export interface OccasionCounts {
  /** Due within the window. */
  due: number;
  /** Of those, answered (performed). */
  done: number;
  /** Answered with one or more deviations (avvikelser), summed. */
  deviations: number;
  /** Interim report: due after the cut-off (shown as not yet due, never as missing). */
  notYetDue: number;
}

/** The committee's table (seed 000): one row per control. */
export interface FollowUpTableRow {
  riskAreaId: string;
  controlId: string;
  riskArea: string;
  /** "kvarstår från 2024" / "ny 2025". */
  carryOver: string;
  whatIsChecked: string;
  s: number | null;
  k: number | null;
  r: number | null;
  control: string;
  method: string;
  frequency: string;
  performer: string;
  responsible: string;
  evaluation: string;
  comment: string;
  counts: OccasionCounts;
}

export const FOLLOW_UP_COLUMNS = [
  'Riskområde',
  'S',
  'K',
  'R',
  'Kontrollmoment',
  'Metod',
  'Frekvens',
  'Utförare',
  'Ansvarig',
  'Utvärdering',
  'Kommentar',
] as const;

export interface ResultLine {
  controlId: string;
  control: string;
  unit: string;
  period: string;
  assessment: string;
  deviations: number | null;
  performedOn: string;
  comment: string;
}

export interface CheckItemLine {
  control: string;
  unit: string;
  period: string;
  item: string;
  value: string;
}

/** A sampled result: "x av y (z %)" per unit and period, with the findings and the rule's method. */
export interface SampleLine {
  control: string;
  unit: string;
  period: string;
  /** The rule, e.g. "Stickprov: minst 10 % av journaler SoL SÄBO". */
  method: string;
  /** "5 av 48 (10,4 %)". */
  share: string;
  withFindings: number;
}

/**
 * A check item (or a sample) of the area aggregated across units and periods, with the method:
 * label "Andel som genomfört observationer", value "Medelvärde: 71 % (medelvärdet av 2 svar); ...".
 */
export interface AggregateLine {
  control: string;
  label: string;
  value: string;
}

/** An evidence file (underlag) of a reported occasion, with its link. */
export interface EvidenceLine {
  controlId: string;
  control: string;
  unit: string;
  period: string;
  fileName: string;
  url: string;
  uploadedBy: string;
  uploadedOn: string;
}

export interface ActionLine {
  controlId: string;
  control: string;
  unit: string;
  what: string;
  owner: string;
  dueDate: string;
  status: string;
}

/** Per risk area after the table: description, results per unit and period, check items, actions, verdict. */
export interface AreaSection {
  id: string;
  title: string;
  /** "kvarstår från 2024" / "ny 2025". */
  carryOver: string;
  /** The year-end verdict, once written (card or workbook). */
  verdict?: Verdict;
  /** The area's rows of the committee's table. */
  controls: FollowUpTableRow[];
  description: string;
  /** From the area's follow-up evaluation (001: Bedömning, Resultat, Åtgärd), when written. */
  assessment?: string;
  resultText?: string;
  actionText?: string;
  results: ResultLine[];
  checkItems: CheckItemLine[];
  actions: ActionLine[];
  /** The sampled results of the area's sampled controls. */
  samples?: SampleLine[];
  /** The area's check items and samples aggregated across units and periods; absent when it has none. */
  aggregates?: AggregateLine[];
  /** The evidence files of the area's results, when the report reads them. */
  evidence?: EvidenceLine[];
}

/** One line of the report's header, e.g. Diarienummer: SN 2025/42. */
export interface HeadField {
  label: string;
  value: string;
}

export interface FollowUpReportHead {
  title: string;
  subtitle: string;
  year: number;
  window: ReportWindow;
  /** Decision metadata and period, only those the plan gives. */
  fields: HeadField[];
  rows: FollowUpTableRow[];
}
