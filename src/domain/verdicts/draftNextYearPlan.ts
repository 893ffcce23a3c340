import { isClosedStatus } from '../actions/actionStatuses';
import { currentStateOf } from '../actions/currentStateOf';
import type { Action } from '../actions/types';
import type {
  ActionOwnerRef,
  DecidedAction,
  IsoDate,
  Plan,
  PlanReportSettings,
  RiskArea,
} from '../plan/types';
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
  /** The stored actions carried into the draft ("Överförd till <next year>"), oldest plan order. */
  carriedActions: Action[];
}

/**
 * Whether a stored action goes into next year's plan: still open (Ej påbörjad, Pågående), or
 * already marked "Överförd till <to>" by its owner.
 */
export function isCarriedAction(action: Action, to: number): boolean {
  const current = currentStateOf(action);
  if (current.status === 'Överförd')
    return current.carriedOverTo === undefined || current.carriedOverTo === to;
  return !isClosedStatus(current.status);
}

/** The owner as the plan file names it: the role it was resolved from, else the person. */
function ownerRef(person: Action['owner']): ActionOwnerRef | undefined {
  if (person.roleId) return { roleId: person.roleId };
  if (person.personId) return { personId: person.personId };
  return undefined;
}

/**
 * The carried actions of one area as decided actions of next year's plan: one per decided action
 * (its open units), and one per control point whose deviation proposed an action still open; dates
 * moved one year on, carriedOverFrom the year they were first carried from.
 */
function carriedDecisions(
  area: RiskArea,
  actions: readonly Action[],
  from: number,
  to: number,
): { decided: DecidedAction[]; carried: Action[] } {
  const decided = new Map<string, DecidedAction>();
  const carried: Action[] = [];
  for (const action of actions) {
    if (action.riskAreaId !== area.id || !isCarriedAction(action, to)) continue;
    const owner = ownerRef(action.owner);
    if (!owner) continue;
    const key =
      action.source === 'plan'
        ? (action.decidedActionId ?? action.id)
        : `${action.controlId ?? 'atgard'}-atgard`;
    carried.push(action);
    const existing = decided.get(key);
    if (existing) {
      if (!existing.unitIds.includes(action.unitId)) existing.unitIds.push(action.unitId);
      continue;
    }
    const plan = area.actions?.find((candidate) => candidate.id === action.decidedActionId);
    const reportingOwner = action.reportingOwner ? ownerRef(action.reportingOwner) : undefined;
    decided.set(key, {
      id: key,
      text: action.text,
      owner: plan?.owner ?? owner,
      ...(plan?.reportingOwner
        ? { reportingOwner: plan.reportingOwner }
        : reportingOwner
          ? { reportingOwner }
          : {}),
      unitIds: [action.unitId],
      start: `${to}-01-01`,
      checkpoints: action.checkpoints.map((date) => nextYearDate(date, to)),
      end: nextYearDate(action.end, to),
      carriedOverFrom: action.carriedOverFrom ?? from,
    });
  }
  // A decided action nobody has followed up yet (none stored) is open: carried as the plan wrote it.
  for (const action of area.actions ?? []) {
    if (actions.some((stored) => stored.source === 'plan' && stored.decidedActionId === action.id)) continue;
    decided.set(action.id, {
      ...action,
      start: `${to}-01-01`,
      checkpoints: action.checkpoints.map((date) => nextYearDate(date, to)),
      end: nextYearDate(action.end, to),
      carriedOverFrom: action.carriedOverFrom ?? from,
    });
  }
  for (const action of decided.values()) {
    // A decided action of the plan's root unit(s) keeps its empty unit list, as the plan wrote it.
    const plan = area.actions?.find((candidate) => candidate.id === action.id);
    if (plan && plan.unitIds.length === 0) action.unitIds = [];
  }
  return { decided: [...decided.values()], carried };
}

const shiftYear = (date: IsoDate | undefined, to: number): IsoDate | undefined =>
  date === undefined ? undefined : `${to}${date.slice(4)}`;

/** A date of the closing year moved a year on; a date already in the next year (or later) is kept. */
const nextYearDate = (date: IsoDate, to: number): IsoDate =>
  date >= `${to}-01-01` ? date : `${to}${date.slice(4)}`.replace(/-02-29$/, '-02-28');

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
 * Open actions (åtgärder) of the areas that remain are carried as decided actions with
 * carriedOverFrom and their dates a year on; the caller marks the stored ones "Överförd till
 * <year>". Actions of closed areas and closed actions are not carried.
 */
export function draftNextYearPlan(
  plan: Plan,
  verdicts: Verdict[],
  actions: readonly Action[] = [],
): NextYearDraft {
  const from = plan.year;
  const to = from + 1;
  const verdictOf = new Map(verdicts.filter((v) => v.year === from).map((v) => [v.riskAreaId, v]));
  const closed: ClosedArea[] = [];
  const unassessed: string[] = [];
  const riskAreas: RiskArea[] = [];
  const carriedActions: Action[] = [];
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
    const { newInYear, actions: decidedThisYear, ...kept } = area;
    void newInYear;
    void decidedThisYear;
    const { decided, carried } = carriedDecisions(area, actions, from, to);
    carriedActions.push(...carried);
    riskAreas.push({
      ...kept,
      // Controls with explicit dates (start, avstämningsdatum, slut) get them a year on.
      controls: kept.controls.map((control) =>
        control.dates
          ? {
              ...control,
              dates: {
                ...control.dates,
                start: nextYearDate(control.dates.start, to),
                checkpoints: control.dates.checkpoints.map((date) => nextYearDate(date, to)),
                end: nextYearDate(control.dates.end, to),
              },
            }
          : control,
      ),
      carriedOverFrom: area.carriedOverFrom ?? from,
      ...(decided.length > 0 ? { actions: decided } : {}),
    });
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
    carriedActions,
  };
}
