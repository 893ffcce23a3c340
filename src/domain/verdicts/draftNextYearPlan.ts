import type { IsoDate, Plan, PlanReportSettings, RiskArea } from '../plan/types';
import type { Disposition, Verdict } from './Verdict';

/** A risk area left out of next year's draft, with the verdict that closed it. */
export interface ClosedArea {
  id: string;
  title: string;
  disposition: Exclude<Disposition, 'remains'>;
  transferredTo?: string;
  summary?: string;
}

export interface NextYearDraft {
  plan: Plan;
  /** Areas that were closed, left to monitoring or transferred ("Avslutade"). */
  closed: ClosedArea[];
  /** Areas with no verdict: carried as remaining, so that nothing is dropped without a decision. */
  unassessed: string[];
}

const shiftYear = (date: IsoDate | undefined, to: number): IsoDate | undefined =>
  date === undefined ? undefined : `${to}${date.slice(4)}`;

/** "VAG-SOF-2025" → "VAG-SOF-2026"; an id or title without the year gets it appended (ids) or is kept (titles). */
function nextYearText(text: string, from: number, to: number, append: boolean): string {
  if (text.includes(String(from))) return text.split(String(from)).join(String(to));
  return append ? `${text}-${to}` : text;
}

/**
 * Next year's plan from this year's plan and the verdicts on its risk areas: areas that remain
 * (kvarstår) are carried with carriedOverFrom (the year they were first carried from); closed,
 * monitored and transferred areas are left out and listed; control points, roles, units, people,
 * assignments and risk scores are kept for re-scoring. The draft is a draft: no adoption, no
 * decision metadata, dates moved to the new year.
 *
 * Open actions (åtgärder) carried as "Överförd till <year>" belong to the actions model (issue 12);
 * when the plan file can hold actions, they are carried here, beside the areas.
 */
export function draftNextYearPlan(plan: Plan, verdicts: Verdict[]): NextYearDraft {
  const from = plan.year;
  const to = from + 1;
  const verdictOf = new Map(verdicts.filter((v) => v.year === from).map((v) => [v.riskAreaId, v]));
  const closed: ClosedArea[] = [];
  const unassessed: string[] = [];
  const riskAreas: RiskArea[] = [];
  for (const area of plan.riskAreas) {
    const verdict = verdictOf.get(area.id);
    if (!verdict) unassessed.push(area.id);
    if (verdict && verdict.disposition !== 'remains') {
      closed.push({
        id: area.id,
        title: area.title,
        disposition: verdict.disposition,
        ...(verdict.transferredTo ? { transferredTo: verdict.transferredTo } : {}),
        ...(verdict.summary ? { summary: verdict.summary } : {}),
      });
      continue;
    }
    const { newInYear, ...kept } = area;
    void newInYear;
    riskAreas.push({ ...kept, carriedOverFrom: area.carriedOverFrom ?? from });
  }
  const report: PlanReportSettings = Object.fromEntries(
    Object.entries({
      layout: plan.report?.layout,
      reportTo: plan.report?.reportTo,
      preparedBy: plan.report?.preparedBy,
      interimCutOff: shiftYear(plan.report?.interimCutOff, to),
    }).filter(([, value]) => value !== undefined),
  );
  const { adopted, closedOn, report: previousReport, ...rest } = plan;
  void adopted;
  void closedOn;
  void previousReport;
  const closingDates = Object.fromEntries(
    Object.entries({
      interim: shiftYear(plan.closingDates.interim, to),
      annual: shiftYear(plan.closingDates.annual, to),
    }).filter(([, value]) => value !== undefined),
  );
  return {
    plan: {
      ...rest,
      id: nextYearText(plan.id, from, to, true),
      title: nextYearText(plan.title, from, to, false),
      year: to,
      status: 'draft',
      closingDates,
      riskAreas,
      ...(Object.keys(report).length > 0 ? { report } : {}),
    },
    closed,
    unassessed,
  };
}
