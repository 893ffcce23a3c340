import type { Plan } from '../domain/plan/types';
import type { FollowUpEvaluation } from '../domain/ports/ReportSource';
import { EVALUATION_COLUMNS, EVALUATION_KINDS, type EvaluationsSheet } from './evaluationsWorkbook';

/** What is wrong with one cell of an evaluations workbook (texts in src/i18n/evaluationMessages.ts). */
export interface EvaluationIssue {
  row: number;
  column: number;
  code: 'unknownKind' | 'unknownId' | 'actionOnControl' | 'missingEvaluation' | 'duplicate';
  value?: string;
}

export interface CheckedEvaluations {
  /** Rows with an evaluation: stored as written. */
  evaluations: FollowUpEvaluation[];
  /** Rows left empty whose earlier evaluation is to be removed. */
  cleared: Array<Pick<FollowUpEvaluation, 'kind' | 'subjectId'>>;
  issues: EvaluationIssue[];
}

/**
 * The filled-in rows against the plan: every row names a risk area or control of the plan once;
 * a comment or action needs an evaluation; actions belong to risk areas. Pure: reads nothing.
 */
export function checkEvaluations(
  sheet: EvaluationsSheet,
  plan: Plan,
  year: number,
  stored: FollowUpEvaluation[],
): CheckedEvaluations {
  const areaIds = new Set(plan.riskAreas.map((area) => area.id));
  const controlIds = new Set(plan.riskAreas.flatMap((area) => area.controls.map((control) => control.id)));
  const storedKeys = new Set(stored.map((e) => `${e.kind}|${e.subjectId}`));
  const result: CheckedEvaluations = { evaluations: [], cleared: [], issues: [] };
  const seen = new Set<string>();
  for (const row of sheet.rows) {
    const kind =
      row.kind === EVALUATION_KINDS.control
        ? 'control'
        : row.kind === EVALUATION_KINDS.riskArea
          ? 'riskArea'
          : null;
    const issue = (code: EvaluationIssue['code'], column: number, value?: string) =>
      result.issues.push({ row: row.row, column, code, ...(value !== undefined ? { value } : {}) });
    if (!kind) {
      issue('unknownKind', EVALUATION_COLUMNS.kind, row.kind ?? '');
      continue;
    }
    const id = row.id ?? '';
    if (!(kind === 'control' ? controlIds : areaIds).has(id)) {
      issue('unknownId', EVALUATION_COLUMNS.id, id);
      continue;
    }
    const key = `${kind}|${id}`;
    if (seen.has(key)) {
      issue('duplicate', EVALUATION_COLUMNS.id, id);
      continue;
    }
    seen.add(key);
    if (kind === 'control' && row.actionText) {
      issue('actionOnControl', EVALUATION_COLUMNS.actionText);
      continue;
    }
    if (!row.evaluation) {
      if (row.comment || row.actionText) {
        issue('missingEvaluation', EVALUATION_COLUMNS.evaluation);
      } else if (storedKeys.has(key)) {
        result.cleared.push({ kind, subjectId: id });
      }
      continue;
    }
    result.evaluations.push({
      planId: plan.id,
      year,
      subjectId: id,
      kind,
      evaluation: row.evaluation,
      ...(row.comment ? { comment: row.comment } : {}),
      ...(row.actionText ? { actionText: row.actionText } : {}),
    });
  }
  return result;
}
