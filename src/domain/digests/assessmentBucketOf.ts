import { resultScales } from '../plan/resultScales';

export type AssessmentBucket = 'approved' | 'partlyApproved' | 'notApproved';

const BUCKETS: AssessmentBucket[] = ['approved', 'partlyApproved', 'notApproved'];
const bucketByCode = new Map<string, AssessmentBucket>(
  Object.values(resultScales).flatMap((scale) =>
    scale.values.map((value, index) => [value.code, BUCKETS[index]] as const),
  ),
);

/**
 * Godkänd / Delvis / Ej godkänd across the three scales, by position in the scale: "utan anmärkning"
 * and "Genomförd" count as approved, the middle value as partly approved, the last as not approved.
 * Unknown codes count as not approved, so nothing is reported better than it is.
 */
export function assessmentBucketOf(code: string): AssessmentBucket {
  return bucketByCode.get(code) ?? 'notApproved';
}
