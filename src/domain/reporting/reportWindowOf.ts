import type { IsoDate, Plan } from '../plan/types';

/** Which part of a plan's year a report covers. */
export type ReportPeriodKind = 'year' | 'interim';

/**
 * The occasions a report counts: those due within [from, to]. The year report counts every occasion
 * of the year (a December period is due in January, so up to the following summer); the interim
 * (delår) report those due by the plan's cut-off, and shows the rest as not yet due.
 */
export interface ReportWindow {
  kind: ReportPeriodKind;
  year: number;
  from: IsoDate;
  to: IsoDate;
  /** Interim only: the cut-off date (delår brytdatum). */
  cutOff?: IsoDate;
  /** Last day occasions of the year can be due; those after `to` up to here are "not yet due". */
  yearEnd: IsoDate;
}

export type ReportWindowOutcome =
  | { ok: true; window: ReportWindow }
  | { ok: false; reason: 'noCutOff' }
  | { ok: false; reason: 'cutOffOutsideYear'; cutOff: IsoDate };

/** The window of a plan's report for the year or for the interim cut-off (report.interimCutOff, else closingDates.interim). */
export function reportWindowOf(
  plan: Pick<Plan, 'report' | 'closingDates'>,
  year: number,
  kind: ReportPeriodKind,
): ReportWindowOutcome {
  const from = `${year}-01-01`;
  const yearEnd = `${year + 1}-06-30`;
  if (kind === 'year') return { ok: true, window: { kind, year, from, to: yearEnd, yearEnd } };
  const cutOff = plan.report?.interimCutOff ?? plan.closingDates.interim;
  if (cutOff === undefined) return { ok: false, reason: 'noCutOff' };
  if (!cutOff.startsWith(`${year}-`)) return { ok: false, reason: 'cutOffOutsideYear', cutOff };
  return { ok: true, window: { kind, year, from, to: cutOff, cutOff, yearEnd } };
}
