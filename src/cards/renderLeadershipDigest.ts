import { digestTexts } from '../i18n/digestTexts';
import type { AdaptiveCardJson } from './AdaptiveCardJson';
import { assessmentCounts, countFacts, countRow, periodText, signed } from './digestViewParts';
import { expandTemplate } from './expandTemplate';
import { fill } from './fill';
import { formatCount } from './formatNumber';
import type { LeadershipDigestData, LeadershipDigestView } from './LeadershipDigestData';

const MAX_UNITS = 15;
const MAX_OVERDUE = 15;
const MAX_AREAS = 30;
const MAX_NAME = 80;

export function renderLeadershipDigest(data: LeadershipDigestData): AdaptiveCardJson {
  return expandTemplate('leadershipDigest', leadershipDigestView(data));
}

export function leadershipDigestView(data: LeadershipDigestData): LeadershipDigestView {
  const t = digestTexts(data.locale);
  const { digest } = data;
  const c = digest.totals;
  const n = (value: number) => formatCount(value, data.locale);
  const maxUnits = data.maxUnits ?? MAX_UNITS;
  const units = digest.byUnit.slice(0, maxUnits);
  const overdue = digest.overdue.slice(0, data.maxOverdue ?? MAX_OVERDUE);
  const statusChart = [
    { legend: t.legendDone, value: c.done },
    { legend: t.legendDue, value: c.missing - c.overdue },
    { legend: t.legendOverdue, value: c.overdue },
    { legend: t.legendNotApplicable, value: c.notApplicable },
  ];
  const assessmentChart = assessmentCounts(digest.scales, c, data.locale)
    .filter((entry) => entry.count > 0)
    .map((entry) => ({ x: entry.label, y: entry.count }));
  return {
    t,
    title: `${digest.organisation}: ${digest.planTitle}`,
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
    statusChartText: statusChart
      .map((slice) => `${slice.legend}: ${formatCount(slice.value, data.locale)}`)
      .join(' · '),
    assessmentChart,
    assessmentChartText: `${t.chartAssessmentTitle}: ${assessmentChart.map((bar) => `${bar.x} ${formatCount(bar.y, data.locale)}`).join(' · ')}`,
    areaRows: digest.byRiskArea
      .slice(0, MAX_AREAS)
      .map((group) => countRow({ ...group, name: shorten(group.name) }, data.locale)),
    unitHeading:
      digest.byUnit.length > maxUnits
        ? fill(t.unitHeadingTop, { shown: n(units.length), total: n(digest.byUnit.length) })
        : t.unitHeadingAll,
    unitRows: units.map((group) => countRow({ ...group, name: shorten(group.name) }, data.locale)),
    hasMoreUnits: digest.byUnit.length > units.length,
    moreUnitsText: fill(t.moreUnits, { count: n(digest.byUnit.length - units.length) }),
    overdueHeading: fill(t.overdueHeading, { count: n(data.overdueTotal) }),
    hasOverdue: overdue.length > 0,
    overdueRows: overdue.map((item) => ({
      control: shorten(item.controlTitle),
      unit: shorten(item.unitName),
      performer: item.performerName ?? t.unstaffed,
      days: n(item.daysOverdue),
    })),
    hasMoreOverdue: data.overdueTotal > overdue.length,
    moreOverdueText: fill(t.moreOverdue, { count: n(data.overdueTotal - overdue.length) }),
  };
}

function shorten(text: string): string {
  return text.length > MAX_NAME ? `${text.slice(0, MAX_NAME - 1)}…` : text;
}
