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

export interface CountRowView {
  name: string;
  done: string;
  missing: string;
  overdue: string;
  notApplicable: string;
  deviations: string;
}

export interface LeadershipDigestView extends ActionDigestPartView {
  t: DigestTexts;
  title: string;
  periodText: string;
  facts: FactView[];
  hasChange: boolean;
  changeText: string;
  statusChart: Array<{ legend: string; value: number }>;
  statusChartText: string;
  assessmentChart: Array<{ x: string; y: number }>;
  assessmentChartText: string;
  areaRows: CountRowView[];
  unitHeading: string;
  unitRows: CountRowView[];
  hasMoreUnits: boolean;
  moreUnitsText: string;
  overdueHeading: string;
  hasOverdue: boolean;
  overdueRows: Array<{ control: string; unit: string; performer: string; days: string }>;
  hasMoreOverdue: boolean;
  moreOverdueText: string;
}
