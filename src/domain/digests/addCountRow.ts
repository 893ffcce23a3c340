import type { StatusCountRow } from '../ports/DigestQueries';
import { assessmentBucketOf } from './assessmentBucketOf';
import type { DigestCounts } from './DigestCounts';

/** Adds one aggregated row (status × assessment) to a group's counts. */
export function addCountRow(
  counts: DigestCounts,
  row: Pick<StatusCountRow, 'status' | 'assessment' | 'count' | 'deviations'>,
): void {
  counts.total += row.count;
  if (row.status === 'open') counts.missing += row.count;
  if (row.status === 'notApplicable') counts.notApplicable += row.count;
  if (row.status === 'answered') {
    counts.done += row.count;
    counts.deviations += row.deviations;
    if (row.assessment) {
      counts[assessmentBucketOf(row.assessment)] += row.count;
      counts.assessments[row.assessment] = (counts.assessments[row.assessment] ?? 0) + row.count;
    }
  }
}
