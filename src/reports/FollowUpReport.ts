/** The committee's table (seed 000): one row per control. */
export interface FollowUpTableRow {
  riskArea: string;
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

export interface ActionLine {
  control: string;
  unit: string;
  what: string;
  owner: string;
  dueDate: string;
  status: string;
}

/** Per risk area after the table: description, results per unit and period, check items, actions, verdict. */
export interface AreaSection {
  title: string;
  description: string;
  /** From the area's follow-up evaluation (001: Bedömning, Resultat, Åtgärd), when written. */
  assessment?: string;
  resultText?: string;
  actionText?: string;
  results: ResultLine[];
  checkItems: CheckItemLine[];
  actions: ActionLine[];
}

export interface FollowUpReportHead {
  title: string;
  subtitle: string;
  year: number;
  rows: FollowUpTableRow[];
}
