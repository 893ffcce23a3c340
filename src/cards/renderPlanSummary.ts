import type { HandlingCode, PlanStatus } from '../domain/plan/types';
import { cardStrings, type CardStringKey } from '../i18n/cards';
import type { AdaptiveCardJson } from './AdaptiveCardJson';
import { expandTemplate } from './expandTemplate';
import { fill } from './fill';
import { formatCount } from './formatNumber';
import { formatPeriod, monthName } from './formatPeriod';
import type { PlanSummaryData, PlanSummaryView } from './PlanSummaryData';
import { riskText } from './riskText';

const MAX_WARNINGS = 15;

const HANDLING: Readonly<Record<HandlingCode, CardStringKey>> = {
  none: 'handlingNone',
  monitor: 'handlingMonitor',
  controlPlan: 'handlingControlPlan',
  controlPlanAndAction: 'handlingControlPlanAndAction',
};

const STATUS: Readonly<Record<PlanStatus, CardStringKey>> = {
  draft: 'statusDraft',
  adopted: 'statusAdopted',
  closed: 'statusClosed',
};

/** A plan's summary, with Import/Cancel buttons while an import waits for confirmation. */
export function renderPlanSummary(data: PlanSummaryData): AdaptiveCardJson {
  return expandTemplate('planSummary', planSummaryView(data));
}

export function planSummaryView(data: PlanSummaryData): PlanSummaryView {
  const t = cardStrings(data.locale);
  const counts = Array.from({ length: 12 }, (_, month) => data.occasionsPerMonth[month] ?? 0);
  const total = counts.reduce((sum, count) => sum + count, 0);
  // Swedish month names are written in lower case, also in a table cell ("juni", not "Juni").
  const month = (index: number): string => monthName(index + 1, data.locale);
  const facts = [
    {
      title: t.organisation,
      value: data.plan.board ? `${data.plan.organisation}, ${data.plan.board}` : data.plan.organisation,
    },
    { title: t.year, value: formatPeriod({ key: String(data.plan.year) }, data.locale) },
    { title: t.status, value: t[STATUS[data.plan.status]] },
  ];
  const warnings = data.warnings.slice(0, MAX_WARNINGS).map((text) => ({ text }));
  const moreWarnings = data.warnings.length - warnings.length;
  return {
    t,
    title: data.plan.title,
    facts,
    riskRows: data.riskAreas.map((area) => ({
      title: area.title,
      risk: riskText(area, t),
      handling: area.handling ? t[HANDLING[area.handling]] : '–',
    })),
    hasRiskAreas: data.riskAreas.length > 0,
    controlPointText: fill(t.controlPointCount, { count: formatCount(data.controlPointCount, data.locale) }),
    occasionsTitle: fill(t.occasionsPerMonth, { total: formatCount(total, data.locale) }),
    monthRows: Array.from({ length: 6 }, (_, row) => ({
      leftMonth: month(row),
      leftCount: formatCount(counts[row], data.locale),
      rightMonth: month(row + 6),
      rightCount: formatCount(counts[row + 6], data.locale),
    })),
    warnings,
    hasWarnings: warnings.length > 0,
    warningsMoreText:
      moreWarnings > 0 ? fill(t.warningsMore, { count: formatCount(moreWarnings, data.locale) }) : '',
    hasWarningsMore: moreWarnings > 0,
    hasPendingImport: Boolean(data.pendingImportId),
    pendingImportId: data.pendingImportId ?? '',
  };
}
