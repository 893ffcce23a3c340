import { resultToFields } from '../domain/results/resultToFields';
import type { ControlResult } from '../domain/results/types';

/** One field that differs between two versions of a result, by the card's input id. */
export interface ResultFieldChange {
  field: string;
  /** Absent when the field was empty before. */
  from?: string;
  /** Absent when the field was emptied. */
  to?: string;
}

/** What changed from one version to the next, field by field, in a stable (sorted) order. */
export function resultChanges(before: ControlResult | undefined, after: ControlResult): ResultFieldChange[] {
  const from = before ? resultToFields(before) : {};
  const to = resultToFields(after);
  const fields = [...new Set([...Object.keys(from), ...Object.keys(to)])].sort();
  return fields
    .filter((field) => from[field] !== to[field])
    .map((field) => ({
      field,
      ...(from[field] !== undefined ? { from: from[field] } : {}),
      ...(to[field] !== undefined ? { to: to[field] } : {}),
    }));
}

/** True when two results say the same thing (a retried or double-clicked submission). */
export function sameResult(a: ControlResult, b: ControlResult): boolean {
  return resultChanges(a, b).length === 0;
}
