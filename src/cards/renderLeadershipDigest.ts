import { actionDigestPart } from './actions/actionDigestPart';
import { digestTexts } from '../i18n/digestTexts';
import type { AdaptiveCardJson } from './AdaptiveCardJson';
import { countFacts, countRow, periodText, signed } from './digestViewParts';
import { expandTemplate } from './expandTemplate';
import { fill } from './fill';
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
  const maxUnits = data.maxUnits ?? MAX_UNITS;
  const units = digest.byUnit.slice(0, maxUnits);
  const overdue = digest.overdue.slice(0, data.maxOverdue ?? MAX_OVERDUE);
  const statusChart = [
    { legend: t.legendDone, value: c.done },
    { legend: t.legendDue, value: c.missing - c.overdue },
    { legend: t.legendOverdue, value: c.overdue },
    { legend: t.legendNotApplicable, value: c.notApplicable },
  ];
  const assessmentChart = [
    { x: t.approved, y: c.approved },
    { x: t.partlyApproved, y: c.partlyApproved },
    { x: t.notApproved, y: c.notApproved },
  ];
  return {
    t,
    title: `${digest.organisation}: ${digest.planTitle}`,
    ...actionDigestPart(digest.actions, data.locale),
    periodText: periodText(t, digest.period, digest.today),
    facts: countFacts(t, c),
    hasChange: true,
    changeText: digest.change
      ? fill(t.change, {
          since: digest.change.since,
          done: signed(digest.change.done),
          missing: signed(digest.change.missing),
          overdue: signed(digest.change.overdue),
          deviations: signed(digest.change.deviations),
        })
      : t.noChange,
    statusChart,
    statusChartText: statusChart.map((slice) => `${slice.legend}: ${slice.value}`).join(' · '),
    assessmentChart,
    assessmentChartText: `${t.chartAssessmentTitle}: ${assessmentChart.map((bar) => `${bar.x} ${bar.y}`).join(' · ')}`,
    areaRows: digest.byRiskArea
      .slice(0, MAX_AREAS)
      .map((group) => countRow({ ...group, name: shorten(group.name) })),
    unitHeading:
      digest.byUnit.length > maxUnits
        ? fill(t.unitHeadingTop, { shown: units.length, total: digest.byUnit.length })
        : t.unitHeadingAll,
    unitRows: units.map((group) => countRow({ ...group, name: shorten(group.name) })),
    hasMoreUnits: digest.byUnit.length > units.length,
    moreUnitsText: fill(t.moreUnits, { count: digest.byUnit.length - units.length }),
    overdueHeading: fill(t.overdueHeading, { count: data.overdueTotal }),
    hasOverdue: overdue.length > 0,
    overdueRows: overdue.map((item) => ({
      control: shorten(item.controlTitle),
      unit: shorten(item.unitName),
      performer: item.performerName ?? t.unstaffed,
      days: String(item.daysOverdue),
    })),
    hasMoreOverdue: data.overdueTotal > overdue.length,
    moreOverdueText: fill(t.moreOverdue, { count: data.overdueTotal - overdue.length }),
  };
}

function shorten(text: string): string {
  return text.length > MAX_NAME ? `${text.slice(0, MAX_NAME - 1)}…` : text;
}
