import type { ParsePlanResult } from './planFileIssue';

/** A plan file refused as a whole (too large, too deep, a zip bomb ...), with what to do about it. */
export function planFileRefusal(file: string, sv: string, en: string): ParsePlanResult & { ok: false } {
  return { ok: false, errors: [{ file, path: '', sv, en }], warnings: [] };
}
