import type { Actor, StoredResult } from '../../src/domain/ports/OccasionRepository';
import type { ControlResult } from '../../src/domain/results/types';

/** A result as saveResult stores it: first registered and submitted by `actor` at `at`. */
export function storedResult(result: ControlResult, actor: Actor, at: Date, version = 1): StoredResult {
  return {
    result,
    version,
    submittedBy: actor,
    submittedAt: at,
    firstSubmittedBy: actor,
    firstSubmittedAt: at,
  };
}
