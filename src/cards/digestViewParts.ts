import type { DigestCounts } from '../domain/digests/DigestCounts';
import type { DigestPeriod } from '../domain/digests/DigestPeriod';
import type { DigestGroup } from '../domain/digests/LeadershipDigest';
import type { IsoDate, Locale, ResultScaleId } from '../domain/plan/types';
import { resultScales } from '../domain/plan/resultScales';
import type { DigestTexts } from '../i18n/digestTexts';
import type { FactView } from './ControlHeader';
import { fill } from './fill';
import { formatCount, formatSigned } from './formatNumber';
import type { CountRowView } from './LeadershipDigestData';

/** Shared pieces of the leadership and manager digest views. */
export function periodText(t: DigestTexts, period: DigestPeriod, today: IsoDate): string {
  if (/^\d{4}$/.test(period.key) && period.to > `${period.key}-12-31`) {
    return fill(t.periodWholeYear, { year: period.key, to: period.to, today });
  }
  return /^\d{4}$/.test(period.key)
    ? fill(t.periodYearToDate, { year: period.key, to: period.to, today })
    : fill(t.periodRange, { key: period.key, from: period.from, to: period.to, today });
}

/** One entry per value of a scale: its label in the reader's language and how many answers gave it. */
export interface AssessmentCount {
  scale: ResultScaleId;
  label: string;
  count: number;
}

/**
 * Answered occasions by assessment, in each scale's own words (Godkänd / Delvis godkänd / Ej godkänd,
 * Genomförd / Genomförd med avvikelse / Pågående, …): the scales the digest's controls use, best value first.
 */
export function assessmentCounts(
  scales: readonly ResultScaleId[],
  counts: DigestCounts,
  locale: Locale,
): AssessmentCount[] {
  return scales.flatMap((scale) =>
    resultScales[scale].values.map((value) => ({
      scale,
      label: value[locale],
      count: counts.assessments[value.code] ?? 0,
    })),
  );
}

/** One fact per scale: "Godkänd 1 · Delvis godkänd 1 · Ej godkänd 0". */
function assessmentFacts(
  t: DigestTexts,
  scales: readonly ResultScaleId[],
  counts: DigestCounts,
  locale: Locale,
): FactView[] {
  const shown = scales.length > 0 ? scales : (['godkand'] as const);
  return shown.map((scale) => ({
    title:
      shown.length === 1
        ? t.factAssessments
        : `${t.factAssessments}: ${resultScales[scale][locale].toLowerCase()}`,
    value: assessmentCounts([scale], counts, locale)
      .map((entry) => `${entry.label} ${formatCount(entry.count, locale)}`)
      .join(' · '),
  }));
}

export function countFacts(
  t: DigestTexts,
  counts: DigestCounts,
  locale: Locale,
  scales: readonly ResultScaleId[] = [],
): FactView[] {
  const n = (value: number) => formatCount(value, locale);
  return [
    { title: t.factDone, value: fill(t.ofTotal, { count: n(counts.done), total: n(counts.total) }) },
    { title: t.factMissing, value: n(counts.missing) },
    { title: t.factOverdue, value: n(counts.overdue) },
    { title: t.factNotApplicable, value: n(counts.notApplicable) },
    ...assessmentFacts(t, scales, counts, locale),
    { title: t.factNotFullyApproved, value: n(counts.partlyApproved + counts.notApproved) },
    { title: t.factDeviations, value: n(counts.deviations) },
  ];
}

export function countRow(t: DigestTexts, group: DigestGroup, locale: Locale): CountRowView {
  const c = group.counts;
  const n = (value: number) => formatCount(value, locale);
  return {
    name: group.name,
    doneText: fill(t.groupDone, { done: n(c.done), total: n(c.total) }),
    detail: noBreakBeforeNumbers(
      fill(t.groupDetail, {
        missing: n(c.missing),
        overdue: n(c.overdue),
        notApplicable: n(c.notApplicable),
        deviations: n(c.deviations),
      }),
    ),
  };
}

/** "Att göra 5 · varav försenade 2": a number never wraps away from its label (no-break space before it). */
export function noBreakBeforeNumbers(text: string): string {
  return text.replace(/ (?=[−+]?\d)/g, '\u00a0');
}

/** "försenad 1 arbetsdag" / "försenad 5 arbetsdagar" (working days, as the reminders count them). */
export function lateText(t: DigestTexts, workingDays: number, locale: Locale): string {
  return workingDays === 1 ? t.lateOne : fill(t.lateMany, { days: formatCount(workingDays, locale) });
}

/** "+3" / "−2" / "0": signed, so a reader sees the direction at once. */
export function signed(n: number, locale: Locale = 'sv'): string {
  return formatSigned(n, locale);
}
