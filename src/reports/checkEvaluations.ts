import type { Plan } from '../domain/plan/types';
import type { FollowUpEvaluation } from '../domain/ports/ReportSource';
import { checkVerdict, type VerdictIssue } from '../domain/verdicts/checkVerdict';
import type { Verdict, VerdictAuthor } from '../domain/verdicts/Verdict';
import { EVALUATION_COLUMNS, EVALUATION_KINDS, type EvaluationsSheet } from './evaluationsWorkbook';

/** What is wrong with one cell of an evaluations workbook (texts in src/i18n/evaluationMessages.ts). */
export interface EvaluationIssue {
  row: number;
  column: number;
  code:
    | 'unknownKind'
    | 'unknownId'
    | 'actionOnControl'
    | 'dispositionOnControl'
    | 'missingEvaluation'
    | 'duplicate'
    | VerdictIssue['code'];
  value?: string;
}

export interface CheckedEvaluations {
  /** Control rows with an evaluation: stored as written. */
  evaluations: FollowUpEvaluation[];
  /** Risk area rows with anything written: the area's verdict. */
  verdicts: Verdict[];
  /** Rows left empty whose earlier evaluation or verdict is to be removed. */
  cleared: Array<Pick<FollowUpEvaluation, 'kind' | 'subjectId'>>;
  issues: EvaluationIssue[];
}

const verdictColumn: Record<VerdictIssue['code'], number> = {
  unknownArea: EVALUATION_COLUMNS.id,
  missingDisposition: EVALUATION_COLUMNS.disposition,
  unknownDisposition: EVALUATION_COLUMNS.disposition,
  missingTransferTarget: EVALUATION_COLUMNS.transferredTo,
};

/**
 * The filled-in rows against the plan: every row names a risk area or control of the plan once;
 * a control's comment needs an evaluation; further actions and the verdict (Beslut) belong to risk
 * areas, and an area row with anything written needs a Beslut. Pure: `author` and `at` are passed in.
 */
export function checkEvaluations(
  sheet: EvaluationsSheet,
  plan: Plan,
  year: number,
  stored: { evaluations: FollowUpEvaluation[]; verdicts: Verdict[] },
  author: VerdictAuthor,
  at: Date,
): CheckedEvaluations {
  const areaIds = new Set(plan.riskAreas.map((area) => area.id));
  const controlIds = new Set(plan.riskAreas.flatMap((area) => area.controls.map((control) => control.id)));
  const storedKeys = new Set([
    ...stored.evaluations.map((e) => `${e.kind}|${e.subjectId}`),
    ...stored.verdicts.map((v) => `riskArea|${v.riskAreaId}`),
  ]);
  const result: CheckedEvaluations = { evaluations: [], verdicts: [], cleared: [], issues: [] };
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
    if (kind === 'riskArea') {
      const written = [row.evaluation, row.comment, row.actionText, row.disposition, row.transferredTo];
      if (written.every((value) => value === undefined)) {
        if (storedKeys.has(key)) result.cleared.push({ kind, subjectId: id });
        continue;
      }
      const checked = checkVerdict(
        {
          riskAreaId: id,
          disposition: row.disposition,
          transferredTo: row.transferredTo,
          assessment: row.evaluation,
          summary: row.comment,
          furtherActions: row.actionText,
        },
        plan,
        year,
        author,
        at,
      );
      if (checked.ok) {
        // A verdict sent back as it was keeps who assessed it and when.
        if (!stored.verdicts.some((v) => sameVerdict(v, checked.verdict)))
          result.verdicts.push(checked.verdict);
      } else {
        for (const verdictIssue of checked.issues) {
          issue(
            verdictIssue.code,
            verdictColumn[verdictIssue.code],
            'value' in verdictIssue ? verdictIssue.value : undefined,
          );
        }
      }
      continue;
    }
    if (row.actionText) {
      issue('actionOnControl', EVALUATION_COLUMNS.actionText);
      continue;
    }
    if (row.disposition || row.transferredTo) {
      issue('dispositionOnControl', EVALUATION_COLUMNS.disposition);
      continue;
    }
    if (!row.evaluation) {
      if (row.comment) issue('missingEvaluation', EVALUATION_COLUMNS.evaluation);
      else if (storedKeys.has(key)) result.cleared.push({ kind, subjectId: id });
      continue;
    }
    result.evaluations.push({
      planId: plan.id,
      year,
      subjectId: id,
      kind,
      evaluation: row.evaluation,
      ...(row.comment ? { comment: row.comment } : {}),
    });
  }
  return result;
}

function sameVerdict(a: Verdict, b: Verdict): boolean {
  const fields = [
    'riskAreaId',
    'disposition',
    'transferredTo',
    'assessment',
    'summary',
    'furtherActions',
  ] as const;
  return fields.every((field) => a[field] === b[field]);
}
