/** Occasions of one group (a risk area, a unit, a plan) by outcome. */
export interface DigestCounts {
  total: number;
  /** Answered (a result is stored). */
  done: number;
  notApplicable: number;
  /** Open: not answered yet, whether the due date has passed or not. */
  missing: number;
  /** The part of `missing` whose due date has passed. */
  overdue: number;
  /** Answered occasions by assessment: best value of the scale, middle, worst. */
  approved: number;
  partlyApproved: number;
  notApproved: number;
  /** Answered occasions by stored assessment code, so each control's own scale can be shown. */
  assessments: Record<string, number>;
  deviations: number;
}

export const emptyCounts = (): DigestCounts => ({
  total: 0,
  done: 0,
  notApplicable: 0,
  missing: 0,
  overdue: 0,
  approved: 0,
  partlyApproved: 0,
  notApproved: 0,
  assessments: {},
  deviations: 0,
});

/** Answered occasions whose assessment is not the scale's best value. */
export const notFullyApproved = (counts: DigestCounts): number => counts.partlyApproved + counts.notApproved;
