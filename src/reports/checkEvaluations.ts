import { parseActionStatus } from '../domain/actions/actionStatuses';
import { currentStateOf } from '../domain/actions/currentStateOf';
import type { Action } from '../domain/actions/types';
import { validateActionUpdate, type ValidActionUpdate } from '../domain/actions/validateActionUpdate';
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
    /** An action row with Fortsatta åtgärder, Beslut or Överförs till written. */
    | 'notForAction'
    /** The action got a new entry after the file was made (Poster differs). */
    | 'actionChangedSince'
    /** The status or comment the action card would refuse too; `text` says why. */
    | 'actionUpdate'
    | VerdictIssue['code'];
  value?: string;
  /** For actionUpdate: the action's own message, both languages. */
  text?: { sv: string; en: string };
}

/** A status change or comment written on an action's row, to append as its next entry. */
export interface ActionRowUpdate {
  actionId: string;
  /** The entries the file showed: appended only if the action still has that many. */
  expectedEntries: number;
  update: ValidActionUpdate;
}

export interface CheckedEvaluations {
  /** Control rows with an evaluation: stored as written. */
  evaluations: FollowUpEvaluation[];
  /** Risk area rows with anything written: the area's verdict. */
  verdicts: Verdict[];
  /** Action rows with a new status or comment. */
  actionUpdates: ActionRowUpdate[];
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
  stored: { evaluations: FollowUpEvaluation[]; verdicts: Verdict[]; actions?: readonly Action[] },
  author: VerdictAuthor,
  at: Date,
): CheckedEvaluations {
  const areaIds = new Set(plan.riskAreas.map((area) => area.id));
  const controlIds = new Set(plan.riskAreas.flatMap((area) => area.controls.map((control) => control.id)));
  const storedKeys = new Set([
    ...stored.evaluations.map((e) => `${e.kind}|${e.subjectId}`),
    ...stored.verdicts.map((v) => `riskArea|${v.riskAreaId}`),
  ]);
  const actions = new Map((stored.actions ?? []).map((action) => [action.id, action]));
  const result: CheckedEvaluations = {
    evaluations: [],
    verdicts: [],
    actionUpdates: [],
    cleared: [],
    issues: [],
  };
  const seen = new Set<string>();
  for (const row of sheet.rows) {
    const issue = (code: EvaluationIssue['code'], column: number, value?: string) =>
      result.issues.push({ row: row.row, column, code, ...(value !== undefined ? { value } : {}) });
    if (row.kind === EVALUATION_KINDS.action) {
      const id = row.id ?? '';
      if (seen.has(`action|${id}`)) issue('duplicate', EVALUATION_COLUMNS.id, id);
      seen.add(`action|${id}`);
      const action = actions.get(id);
      if (!action) issue('unknownId', EVALUATION_COLUMNS.id, id);
      else {
        const update = checkActionRow(row, action);
        if ('issue' in update) result.issues.push(update.issue);
        else if (update.change) result.actionUpdates.push(update.change);
      }
      continue;
    }
    const kind =
      row.kind === EVALUATION_KINDS.control
        ? 'control'
        : row.kind === EVALUATION_KINDS.riskArea
          ? 'riskArea'
          : null;
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

/**
 * An action's row: nothing to do when the status is the current one and no comment is written;
 * otherwise the change is checked as the action card checks it (a closed action takes none,
 * Genomförd med avvikelse needs what deviated: the Kommentar is that reason), and only against
 * the entries the file was made from.
 */
function checkActionRow(
  row: EvaluationsSheet['rows'][number],
  action: Action,
): { issue: EvaluationIssue } | { change?: ActionRowUpdate } {
  const at = (code: EvaluationIssue['code'], column: number, extra: Partial<EvaluationIssue> = {}) => ({
    issue: { row: row.row, column, code, ...extra },
  });
  if (row.actionText || row.disposition || row.transferredTo) {
    const column = row.actionText
      ? EVALUATION_COLUMNS.actionText
      : row.disposition
        ? EVALUATION_COLUMNS.disposition
        : EVALUATION_COLUMNS.transferredTo;
    return at('notForAction', column);
  }
  const current = currentStateOf(action);
  const status = row.evaluation?.trim();
  const comment = row.comment?.trim();
  if ((status === undefined || status === current.status) && !comment) return {};
  const deviation = parseActionStatus(status ?? '') === 'Genomförd med avvikelse';
  // This file's row already stored (the same file sent twice): nothing more to do.
  const earlier = action.entries.find((entry) => entry.id === `evaluations@${row.entries}`);
  if (
    earlier &&
    earlier.status === (parseActionStatus(status ?? '') ?? current.status) &&
    (deviation ? earlier.reason : earlier.comment) === comment
  )
    return {};
  if (Number(row.entries) !== action.entries.length)
    return at('actionChangedSince', EVALUATION_COLUMNS.entries, { value: action.text });
  const checked = validateActionUpdate(action, {
    status: status ?? current.status,
    ...(deviation ? { reason: comment } : { comment }),
  });
  if (!checked.ok) {
    const first = checked.issues[0];
    const column = first.field === 'status' ? EVALUATION_COLUMNS.evaluation : EVALUATION_COLUMNS.comment;
    return at('actionUpdate', column, {
      text: {
        sv: checked.issues.map((issue) => issue.sv).join(' '),
        en: checked.issues.map((issue) => issue.en).join(' '),
      },
    });
  }
  return { change: { actionId: action.id, expectedEntries: action.entries.length, update: checked.update } };
}
