import type { SamplingRule } from '../sampling/types';

/**
 * The internal-control plan (plan för intern kontroll) as the domain sees it.
 * Pure data: no Teams, database or scheduler types. Calendar dates are ISO strings
 * (YYYY-MM-DD) in the organisation's time zone, never Date objects, so that a date
 * means the same thing on every machine and across DST changes.
 */

/** ISO calendar date, YYYY-MM-DD, local to the organisation (Europe/Stockholm). */
export type IsoDate = string;

export type Locale = 'sv' | 'en';

export type PlanStatus = 'draft' | 'adopted' | 'closed';

/** 1–4, the seeds' four-grade scales for sannolikhet (S) and konsekvens (K). */
export type Grade = 1 | 2 | 3 | 4;

export type HandlingCode = 'none' | 'monitor' | 'controlPlan' | 'controlPlanAndAction';

/** One band of the risk matrix: risk values min..max (inclusive) get this handling. */
export interface HandlingThreshold {
  min: number;
  max: number;
  code: HandlingCode;
}

export interface Role {
  id: string;
  /** Swedish name as written in the plan, e.g. "Systemförvaltare". */
  name: string;
  nameEn?: string;
}

export type UnitLevel = 'forvaltning' | 'omrade' | 'enhet';

export interface Unit {
  id: string;
  name: string;
  /** Parent unit id; absent for the root(s) of the tree. */
  parentId?: string;
  level?: UnitLevel;
}

export interface Person {
  id: string;
  name: string;
  /** Entra ID (Azure AD) object id; what Teams sends as from.aadObjectId. */
  aadObjectId?: string;
  /** UPN / e-mail. */
  email?: string;
  locale: Locale;
}

/**
 * A person holding a role for a unit, with an optional substitute (ersättare).
 * An assignment on a parent unit applies to its children unless a child has its own.
 */
export interface Assignment {
  roleId: string;
  unitId: string;
  personId: string;
  substituteId?: string;
}

/** How often a control is performed; each value yields the periods of a year. */
export type Frequency =
  | { kind: 'monthly' }
  | { kind: 'quarterly' }
  /** Jan–Apr, May–Aug, Sep–Dec. */
  | { kind: 'tertial' }
  | { kind: 'semiannual' }
  | { kind: 'annual' }
  /** Explicit months, each month a period, e.g. June and December: [6, 12]. */
  | { kind: 'months'; months: number[] }
  /** Due for the interim (delårsbokslut) and/or annual (årsbokslut) closing; dates set on the plan. */
  | { kind: 'closing'; occasions: Array<'interim' | 'annual'> };

/** When an occasion is due, relative to its period. */
export type DueRule =
  /** The Nth working day after the period ends (e.g. 10). */
  | { kind: 'workingDaysAfterPeriodEnd'; days: number }
  /** Day D of the month after the period ends (moved forward to a working day), e.g. the 5th. */
  | { kind: 'dayOfMonthAfterPeriodEnd'; day: number }
  /** The last working day of the period itself. */
  | { kind: 'periodEnd' };

export type AnswerType = 'yesNoPartial' | 'percentage' | 'count' | 'number' | 'text';

export interface CheckItem {
  id: string;
  text: string;
  answerType: AnswerType;
  /** Unit for answerType 'number', e.g. "st", "dagar". */
  unit?: string;
}

export type ResultScaleId = 'godkand' | 'anmarkning' | 'genomford';

export interface ControlPoint {
  id: string;
  title: string;
  /** What is checked (vad). */
  whatIsChecked?: string;
  /** How (hur/metod), e.g. "Loggkontroll", "Observation", "Stickprov". */
  method: string;
  frequency: Frequency;
  /** When each occasion is due; absent when the control states explicit `dates` instead. */
  dueRule?: DueRule;
  /**
   * Explicit dates instead of a due rule (e.g. 004: start 01-01, checkpoints 05-01 and 09-01, end
   * 12-31): one occasion per checkpoint and one for the end, due on exactly those dates.
   */
  dates?: ControlDates;
  /** The performer role; with several performer roles, the first of performerRoleIds. */
  performerRoleId?: string;
  /** Several performer roles (plan `performers:`); absent when the control has one or none. */
  performerRoleIds?: string[];
  /** With several performer roles: one answer completes the occasion (any, default) or one per role (each). */
  answerMode?: 'any' | 'each';
  responsibleRoleId?: string;
  /** The responsible manager attests each stored result ("Väntar på attest" until then). */
  attestation?: boolean;
  /** Units the control is performed for; empty means the whole organisation's root unit(s). */
  unitIds: string[];
  checkItems: CheckItem[];
  resultScale: ResultScaleId;
  /** E.g. "5 % SoL hemtjänst, 10 % SoL SÄBO, 25 % LSS". */
  samplingNote?: string;
  /** A sampling rule the card enforces: population, sample and findings are asked for. */
  samplingRule?: SamplingRule;
  /** Overrides of the configured reminder policy for this control (working days). */
  reminders?: { noticeWorkingDaysBefore?: number; escalateAfterWorkingDays?: number };
}

/** Explicit dates of a control point or a decided action (start, avstämningsdatum, slutdatum). */
export interface ControlDates {
  start: IsoDate;
  /** Avstämningsdatum, ascending, each after start and before end; may be empty. */
  checkpoints: IsoDate[];
  end: IsoDate;
  /**
   * Move a date that falls on a weekend or holiday to the working day before it. Off by default:
   * a plan that states dates gets exactly those dates.
   */
  shiftToWorkingDay?: boolean;
}

/** Who an action belongs to: a person of the plan, or a role resolved per unit like performers. */
export type ActionOwnerRef = { personId: string } | { roleId: string };

/** A decided action (Beslut om åtgärd) on a risk area, as the plan states it (004). */
export interface DecidedAction {
  id: string;
  /** What is to be done. */
  text: string;
  owner: ActionOwnerRef;
  /** Rapporteringsansvarig: told when a checkpoint is missed. */
  reportingOwner?: ActionOwnerRef;
  /** Units the action is followed up for (roles resolve per unit); empty means the root unit(s). */
  unitIds: string[];
  start: IsoDate;
  checkpoints: IsoDate[];
  end: IsoDate;
  /** The year the action was carried over from ("förs över till 2025" the year before). */
  carriedOverFrom?: number;
}

export interface RiskArea {
  id: string;
  title: string;
  description?: string;
  /** Null when the plan gives no score (e.g. Alingsås 2023). */
  probability: Grade | null;
  consequence: Grade | null;
  carriedOverFrom?: number;
  newInYear?: number;
  controls: ControlPoint[];
  /** Decided actions (Beslut om åtgärd); absent when the plan states none. */
  actions?: DecidedAction[];
}

/**
 * How the follow-up report of the plan is laid out and headed (diarienummer, the decision on the
 * report, who it goes to), and the interim (delår) cut-off: all optional.
 */
export interface PlanReportSettings {
  /** A layout id of src/reports/layouts (committee, appendix, management, actions, ...). */
  layout?: string;
  diarienummer?: string;
  decisionDate?: IsoDate;
  /** E.g. "§ 12". */
  decisionParagraph?: string;
  /** Rapporteras till, e.g. "Socialnämnden" or "Socialchef". */
  reportTo?: string;
  reportDate?: IsoDate;
  /** Upprättad av, e.g. "Anna Andersson, kvalitetssamordnare". */
  preparedBy?: string;
  /** The delår report counts occasions due up to this date (default: closingDates.interim). */
  interimCutOff?: IsoDate;
}

export interface Plan {
  /** Stable id chosen by the coordinator, e.g. "VAG-SOF-2025". */
  id: string;
  organisation: string;
  board?: string;
  municipality?: string;
  year: number;
  title: string;
  status: PlanStatus;
  adopted?: { date: IsoDate; decision: string };
  closedOn?: IsoDate;
  governingDocuments: string[];
  riskThresholds: HandlingThreshold[];
  /** Dates of the interim and annual closing, used by frequency kind 'closing'. */
  closingDates: { interim?: IsoDate; annual?: IsoDate };
  roles: Role[];
  units: Unit[];
  people: Person[];
  assignments: Assignment[];
  riskAreas: RiskArea[];
  report?: PlanReportSettings;
}

/** A calendar period of a control: e.g. 2025-06, 2025-Q2, 2025-T2, 2025-H1, 2025, 2025-DELAR. */
export interface Period {
  key: string;
  start: IsoDate;
  end: IsoDate;
}

/** One control × unit × period, the thing a performer is reminded of and answers. */
export interface Occasion {
  planId: string;
  controlId: string;
  unitId: string;
  period: Period;
  dueDate: IsoDate;
}
