import type { DigestCounts } from '../domain/digests/DigestCounts';
import type { DigestPeriod } from '../domain/digests/DigestPeriod';
import type { DigestGroup } from '../domain/digests/LeadershipDigest';
import type { IsoDate } from '../domain/plan/types';
import type { DigestTexts } from '../i18n/digestTexts';
import type { FactView } from './ControlHeader';
import { fill } from './fill';
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

export function countFacts(t: DigestTexts, counts: DigestCounts): FactView[] {
  return [
    { title: t.factDone, value: fill(t.ofTotal, { count: counts.done, total: counts.total }) },
    { title: t.factMissing, value: String(counts.missing) },
    { title: t.factOverdue, value: String(counts.overdue) },
    { title: t.factNotApplicable, value: String(counts.notApplicable) },
    {
      title: t.factAssessments,
      value: fill(t.assessmentsValue, {
        approved: counts.approved,
        partly: counts.partlyApproved,
        not: counts.notApproved,
      }),
    },
    { title: t.factNotFullyApproved, value: String(counts.partlyApproved + counts.notApproved) },
    { title: t.factDeviations, value: String(counts.deviations) },
  ];
}

export function countRow(group: DigestGroup): CountRowView {
  const c = group.counts;
  return {
    name: group.name,
    done: String(c.done),
    missing: String(c.missing),
    overdue: String(c.overdue),
    notApplicable: String(c.notApplicable),
    deviations: String(c.deviations),
  };
}

/** "+3" / "−2" / "0": signed, so a reader sees the direction at once. */
export function signed(n: number): string {
  return n > 0 ? `+${n}` : n < 0 ? `−${-n}` : '0';
}
