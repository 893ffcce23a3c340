import type { OccasionDocument } from '../OccasionDocument';

/** What a derived view needs of an occasion document. */
export type OccasionState = Pick<
  OccasionDocument,
  | '_id'
  | 'planId'
  | 'riskAreaId'
  | 'controlId'
  | 'unitId'
  | 'periodKey'
  | 'periodStart'
  | 'dueDate'
  | 'status'
  | 'assessment'
  | 'deviations'
  | 'retired'
  | 'result'
>;

/** Collects a plan's occasions during one scan and writes the rebuilt view at the end. */
export interface ProjectionBuilder {
  add(occasion: OccasionState): void;
  finish(): Promise<void>;
}

/**
 * A view kept beside the occasions so that digests and the report read a few small documents
 * instead of grouping every occasion of a year. Kept up to date on every result and rebuilt from
 * the occasions after a plan import, every night and with `ikbot projections rebuild`.
 */
export interface OccasionProjection {
  /**
   * Moves the view from `before` to `after` with single-document atomic updates: either is null
   * when the occasion does not exist. Called once per transition, by the writer that made it.
   */
  apply(before: OccasionState | null, after: OccasionState | null): Promise<void>;
  rebuild(planId: string): ProjectionBuilder;
}
