import type { ControlResult } from '../results/types';
import type { Actor } from './OccasionRepository';

/** One performer role's answer to an occasion of a control with `answer: each`. */
export interface OccasionPart {
  occasionId: string;
  roleId: string;
  result: ControlResult;
  by: Actor;
  at: Date;
}

/**
 * The per-role answers of `answer: each` controls (collection occasionParts, one document per
 * occasion and role). The occasion itself is stored as answered once every role has answered.
 */
export interface OccasionPartRepository {
  /** Stores (or replaces, until the occasion is complete) the role's answer. */
  savePart(part: OccasionPart): Promise<void>;
  partsOf(occasionIds: readonly string[]): Promise<OccasionPart[]>;
}
