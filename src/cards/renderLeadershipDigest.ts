import { actionDigestPart } from './actions/actionDigestPart';
import { digestTexts } from '../i18n/digestTexts';
import type { AdaptiveCardJson } from './AdaptiveCardJson';
import { cutList } from './cutList';
import {
  assessmentCounts,
  countFacts,
  countRow,
  lateText,
  noBreakBeforeNumbers,
  periodText,
  signed,
} from './digestViewParts';
import { expandTemplate } from './expandTemplate';
import { fill } from './fill';
import { formatCount } from './formatNumber';
import type { ChartPoint, LeadershipDigestData, LeadershipDigestView } from './LeadershipDigestData';

/** Shown at once; the rest up to the maximum behind "Visa alla"; beyond it a count. */
const VISIBLE_ROWS = 5;
const MAX_UNITS = 15;
const MAX_OVERDUE = 15;
const MAX_AREAS = 30;
const MAX_NAME = 80;
/** Teams chart colours by meaning: the scale's best value and done are good, overdue and the worst need attention. */
const SCALE_COLORS = ['good', 'warning', 'attention'] as const;

export function renderLeadershipDigest(data: LeadershipDigestData): AdaptiveCardJson {
  return expandTemplate('leadershipDigest', leadershipDigestView(data));
}

export function leadershipDigestView(data: LeadershipDigestData): LeadershipDigestView {
  const t = digestTexts(data.locale);
  const { digest } = data;
  const c = digest.totals;
  const n = (value: number) => formatCount(value, data.locale);
  const year = digest.period.key.slice(0, 4);
  const statusChart: ChartPoint[] = [
    { legend: t.legendDone, value: c.done, color: 'good' },
    { legend: t.legendDue, value: c.missing - c.overdue, color: 'neutral' },
    { legend: t.legendOverdue, value: c.overdue, color: 'attention' },
    { legend: t.legendNotApplicable, value: c.notApplicable, color: 'categoricalPurple' },
  ].filter((slice) => slice.value > 0);
  const assessmentChart: ChartPoint[] = assessmentCounts(digest.scales, c, data.locale)
    .map((entry, index) => ({ ...entry, color: SCALE_COLORS[index % 3] }))
    .filter((entry) => entry.count > 0)
    .map((entry) => ({ legend: entry.label, value: entry.count, color: entry.color }));
  const units = cutList(digest.byUnit, VISIBLE_ROWS, data.maxUnits ?? MAX_UNITS);
  const listedUnits = units.shown.length + units.hidden.length;
  const overdue = cutList(digest.overdue, VISIBLE_ROWS, data.maxOverdue ?? MAX_OVERDUE);
  const listedOverdue = overdue.shown.length + overdue.hidden.length;
  const row = (group: (typeof digest.byUnit)[number]) =>
    countRow(t, { ...group, name: shorten(group.name) }, data.locale);
  const overdueRow = (item: (typeof digest.overdue)[number]) => ({
    heading: `**${shorten(item.controlTitle)}** – ${shorten(item.unitName)}`,
    detail: fill(t.overdueDetail, {
      performer: item.performerName ?? t.unstaffed,
      due: item.dueDate,
      late: noBreakBeforeNumbers(lateText(t, item.daysOverdue, data.locale)),
    }),
  });
  return {
    t,
    title: `${digest.organisation}: ${digest.planTitle}`,
    ...actionDigestPart(digest.actions, data.locale),
    periodText: periodText(t, digest.period, digest.today),
    facts: countFacts(t, c, data.locale, digest.scales),
    hasChange: true,
    changeText: digest.change
      ? fill(t.change, {
          since: digest.change.since,
          done: signed(digest.change.done, data.locale),
          missing: signed(digest.change.missing, data.locale),
          overdue: signed(digest.change.overdue, data.locale),
          deviations: signed(digest.change.deviations, data.locale),
        })
      : t.noChange,
    statusChart,
    statusChartText: `${t.chartStatusTitle}: ${statusChart.map((slice) => `${slice.legend} ${n(slice.value)}`).join(' · ')}`,
    hasAssessmentChart: assessmentChart.length > 0,
    assessmentChart,
    assessmentChartText: `${t.chartAssessmentTitle}: ${assessmentChart.map((slice) => `${slice.legend} ${n(slice.value)}`).join(' · ')}`,
    areaRows: digest.byRiskArea.slice(0, MAX_AREAS).map(row),
    unitHeading:
      digest.byUnit.length > listedUnits
        ? fill(t.unitHeadingTop, { shown: n(listedUnits), total: n(digest.byUnit.length) })
        : t.unitHeadingAll,
    unitRows: units.shown.map(row),
    unitRowsMore: units.hidden.map(row),
    hasUnitRowsMore: units.hidden.length > 0,
    showAllUnitsText: fill(t.showAll, { count: n(listedUnits) }),
    hasMoreUnits: units.left > 0,
    moreUnitsText: fill(t.moreUnits, { count: n(units.left), year }),
    overdueHeading: fill(t.overdueHeading, { count: n(data.overdueTotal) }),
    hasOverdue: overdue.shown.length > 0,
    overdueRows: overdue.shown.map(overdueRow),
    overdueRowsMore: overdue.hidden.map(overdueRow),
    hasOverdueRowsMore: overdue.hidden.length > 0,
    showAllOverdueText: fill(t.showAll, { count: n(listedOverdue) }),
    hasMoreOverdue: data.overdueTotal > listedOverdue,
    moreOverdueText: fill(t.moreOverdue, { count: n(data.overdueTotal - listedOverdue), year }),
  };
}

function shorten(text: string): string {
  return text.length > MAX_NAME ? `${text.slice(0, MAX_NAME - 1)}…` : text;
}
