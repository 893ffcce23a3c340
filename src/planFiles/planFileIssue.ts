import type { Plan } from '../domain/plan/types';

export type PlanFileFormat = 'yaml' | 'json' | 'xlsx';

/**
 * One problem found in a plan file, located as precisely as the format allows and worded in
 * Swedish (for the coordinator) and English (for support and logs).
 */
export interface PlanFileIssue {
  file: string;
  /** Excel only: the sheet, e.g. "Kontrollmoment". */
  sheet?: string;
  /** Excel only: the 1-based row number as Excel shows it. */
  row?: number;
  /** Excel only: the column header, e.g. "Frekvens". */
  column?: string;
  /** YAML/JSON: the 1-based line, when the field exists in the file. */
  line?: number;
  /** Where in the plan structure, e.g. "riskAreas[0].controls[1].frequency.months[0]". */
  path: string;
  sv: string;
  en: string;
}

export type ParsePlanResult =
  | { ok: true; plan: Plan; warnings: PlanFileIssue[] }
  | { ok: false; errors: PlanFileIssue[]; warnings: PlanFileIssue[] };

/** An issue before it is placed in a file: the path is still structural. */
export interface RawIssue {
  path: ReadonlyArray<string | number>;
  sv: string;
  en: string;
}

export function formatIssuePath(path: ReadonlyArray<string | number>): string {
  return path
    .map((part, i) => (typeof part === 'number' ? `[${part}]` : i === 0 ? part : `.${part}`))
    .join('');
}
