import type { Plan } from '../domain/plan/types';
import { reportWindowOf, type ReportPeriodKind, type ReportWindow } from '../domain/reporting/reportWindowOf';
import { areaSections, followUpHead, type ReportPorts } from './buildFollowUpReport';
import type { ReportBlock } from './layouts/ReportBlock';
import { DEFAULT_LAYOUT, reportLayouts } from './layouts/reportLayouts';

/** Which report: the whole year or the interim cut (delår), in the plan's layout unless another is named. */
export interface ReportOptions {
  period?: ReportPeriodKind;
  layout?: string;
}

/** Why a report cannot be written (texts in src/i18n/yearEndMessages.ts); nothing is written then. */
export type ReportOptionProblem =
  | { reason: 'noCutOff' }
  | { reason: 'cutOffOutsideYear'; cutOff: string }
  | { reason: 'unknownLayout'; layout: string };

/** The window and layout a request names, or what is wrong with it. */
export function resolveReportOptions(
  plan: Plan,
  year: number,
  options: ReportOptions = {},
): { ok: true; window: ReportWindow; layout: string } | ({ ok: false } & ReportOptionProblem) {
  const layout = options.layout ?? plan.report?.layout ?? DEFAULT_LAYOUT;
  // Own keys only: a layout named "toString" is unknown, not Object.prototype's.
  if (!Object.hasOwn(reportLayouts, layout)) return { ok: false, reason: 'unknownLayout', layout };
  const window = reportWindowOf(plan, year, options.period ?? 'year');
  if (!window.ok) return window;
  return { ok: true, window: window.window, layout };
}

/** The report's blocks in the chosen layout; throws on options resolveReportOptions refuses. */
export async function* reportBlocks(
  ports: ReportPorts,
  plan: Plan,
  year: number,
  options: ReportOptions = {},
): AsyncIterable<ReportBlock> {
  const resolved = resolveReportOptions(plan, year, options);
  if (!resolved.ok)
    throw new Error(
      `Report options refused (${resolved.reason}); check them with resolveReportOptions first.`,
    );
  const head = await followUpHead(ports, plan, resolved.window);
  const { window } = resolved;
  yield* reportLayouts[resolved.layout].blocks({
    plan,
    head,
    areas: areaSections(ports, plan, head),
    followUp: {
      actions: () => ports.actions.find({ planId: plan.id }),
      occasionsByControlAndUnit: () => ports.source.occasionsByControlAndUnit(plan.id, window.to),
    },
  });
}
