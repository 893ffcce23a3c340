import type { ActionDigestPartView } from './actions/actionDigestPart';
import type { LeadershipDigest } from '../domain/digests/LeadershipDigest';
import type { Locale } from '../domain/plan/types';
import type { DigestTexts } from '../i18n/digestTexts';
import type { FactView } from './ControlHeader';

/**
 * The leadership digest (cards/leadershipDigest.json): weekly in subscribed channels and for
 * `status`. Large organisations are summarised: the units with the most missing occasions and the
 * oldest overdue ones are listed, the rest counted, so the card stays far below Teams' size limit.
 */
export interface LeadershipDigestData {
  locale: Locale;
  digest: LeadershipDigest;
  /** Total number of overdue occasions (the digest lists only the oldest). */
  overdueTotal: number;
  /** At most this many units (default 15) and overdue rows (default 15) are listed. */
  maxUnits?: number;
  maxOverdue?: number;
}

/** A risk area or unit as one block that reads at 320 px: name and "12 av 40 klara", then the rest in a line that wraps between words. */
export interface CountRowView {
  name: string;
  doneText: string;
  detail: string;
}

/** A chart slice or bar with its fixed meaning's colour (good = done, attention = overdue, neutral = not yet due). */
export interface ChartPoint {
  legend: string;
  value: number;
  color: string;
}

export interface LeadershipDigestView extends ActionDigestPartView {
  t: DigestTexts;
  title: string;
  periodText: string;
  facts: FactView[];
  hasChange: boolean;
  changeText: string;
  /** Only slices above zero: a legend never lists "0". */
  statusChart: ChartPoint[];
  statusChartText: string;
  hasAssessmentChart: boolean;
  assessmentChart: ChartPoint[];
  assessmentChartText: string;
  areaRows: CountRowView[];
  unitHeading: string;
  /** The first units, always shown; the next ones behind "Visa alla"; beyond that a count and where to see them. */
  unitRows: CountRowView[];
  unitRowsMore: CountRowView[];
  hasUnitRowsMore: boolean;
  showAllUnitsText: string;
  hasMoreUnits: boolean;
  moreUnitsText: string;
  overdueHeading: string;
  hasOverdue: boolean;
  overdueRows: OverdueRowView[];
  overdueRowsMore: OverdueRowView[];
  hasOverdueRowsMore: boolean;
  showAllOverdueText: string;
  hasMoreOverdue: boolean;
  moreOverdueText: string;
}

export interface OverdueRowView {
  heading: string;
  detail: string;
}
