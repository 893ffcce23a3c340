import type { IsoDate } from '../plan/types';

/**
 * A control point's sampling rule (stickprov), e.g. journalgranskning "10 % of the case files in
 * 2025-06-01–2025-11-30" (001). Exactly one of percent and count.
 */
export interface SamplingRule {
  /** What is sampled, e.g. "journaler SoL SÄBO". */
  what: string;
  /** At least this share of the population (0 < percent ≤ 100), rounded up. */
  percent?: number;
  /** At least this many (or the whole population when it is smaller). */
  count?: number;
  /** The review window the population is drawn from. */
  window?: { from: IsoDate; to: IsoDate };
}

/** The sample a performer reports with a result. */
export interface SampleCounts {
  /** How many there were in the review window (the population). */
  population: number;
  /** How many were reviewed. */
  sampled: number;
  /** How many of those had findings (brister/avvikelser). */
  withFindings: number;
}
