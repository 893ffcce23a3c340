import type { ActionAuthor, ActionEntry } from '../domain/actions/types';
import type { ActionRepository } from '../domain/ports/ActionRepository';
import type { Actor } from '../domain/ports/OccasionRepository';
import type { AuditLog } from '../domain/ports/AuditLog';
import type { PlanRepository } from '../domain/ports/PlanRepository';
import type { ReportSource } from '../domain/ports/ReportSource';
import type { VerdictRepository } from '../domain/ports/VerdictRepository';
import { localDateOf } from '../domain/schedule/localDateOf';
import { checkEvaluations, type EvaluationIssue } from '../reports/checkEvaluations';
import type { EvaluationsSheet } from '../reports/evaluationsWorkbook';

export type EvaluationImportOutcome =
  | { ok: true; planId: string; year: number; saved: number; cleared: number; actionsUpdated: number }
  | { ok: false; reason: 'noPlanId' | 'noYear' }
  | { ok: false; reason: 'unknownPlan'; planId: string }
  | { ok: false; reason: 'issues'; issues: EvaluationIssue[] };

/**
 * Stores the year-end evaluations of a filled-in workbook: the controls' evaluations and the risk
 * areas' verdicts, all rows or, when any row is wrong, none (the answer lists every problem).
 * Audited as one entry with who imported what.
 */
export async function importEvaluations(
  ports: {
    plans: PlanRepository;
    source: ReportSource;
    verdicts: VerdictRepository;
    audit: AuditLog;
    actions: ActionRepository;
  },
  sheet: EvaluationsSheet,
  actor: Actor | { system: string },
  at: Date,
  timeZone: string,
): Promise<EvaluationImportOutcome> {
  if (!sheet.planId) return { ok: false, reason: 'noPlanId' };
  if (!sheet.year) return { ok: false, reason: 'noYear' };
  const stored = await ports.plans.findById(sheet.planId);
  if (!stored) return { ok: false, reason: 'unknownPlan', planId: sheet.planId };
  const [evaluations, verdicts, actions] = await Promise.all([
    ports.source.evaluationsOf(sheet.planId, sheet.year),
    ports.verdicts.ofYear(sheet.planId, sheet.year),
    ports.actions.find({ planId: sheet.planId }),
  ]);
  const author = 'system' in actor ? { name: actor.system } : actor;
  const checked = checkEvaluations(
    sheet,
    stored.plan,
    sheet.year,
    { evaluations, verdicts, actions },
    author,
    at,
  );
  if (checked.issues.length > 0) return { ok: false, reason: 'issues', issues: checked.issues };
  // An action changed between the check and here (a card saved meanwhile) keeps the card's entry;
  // its row is then not appended (the answer counts only what was stored).
  const actionAuthor: ActionAuthor =
    'system' in actor ? { system: actor.system, name: 'ikbot report evaluations import' } : actor;
  const appended: ActionEntry[] = [];
  for (const { actionId, expectedEntries, update } of checked.actionUpdates) {
    // The id names the entry count the file showed: the same file sent twice appends once
    // (checkEvaluations skips a row whose entry is already there).
    const entry: ActionEntry = {
      id: `evaluations@${expectedEntries}`,
      at,
      date: localDateOf(at, timeZone),
      change: { kind: 'status' },
      ...update,
      author: actionAuthor,
    };
    const outcome = await ports.actions.append(actionId, entry, { expectedEntries });
    if (outcome.kind === 'appended') {
      appended.push(entry);
      await ports.audit.append(
        {
          at,
          actor,
          action: 'action.updated',
          subject: actionId,
          details: { planId: sheet.planId, entry, via: 'evaluationsWorkbook' },
        },
        `${actionId}#${entry.id}`,
      );
    }
  }
  for (const evaluation of checked.evaluations) await ports.source.saveEvaluation(evaluation);
  for (const verdict of checked.verdicts) await ports.verdicts.save(verdict);
  for (const { kind, subjectId } of checked.cleared) {
    await ports.source.deleteEvaluation({ planId: sheet.planId, year: sheet.year, kind, subjectId });
    if (kind === 'riskArea') {
      await ports.verdicts.remove({ planId: sheet.planId, year: sheet.year, riskAreaId: subjectId });
    }
  }
  // Area verdicts replace area evaluations stored before verdicts existed.
  for (const verdict of checked.verdicts) {
    if (evaluations.some((e) => e.kind === 'riskArea' && e.subjectId === verdict.riskAreaId)) {
      await ports.source.deleteEvaluation({
        planId: sheet.planId,
        year: sheet.year,
        kind: 'riskArea',
        subjectId: verdict.riskAreaId,
      });
    }
  }
  await ports.audit.append({
    at,
    actor,
    action: 'report.evaluations.imported',
    subject: sheet.planId,
    details: {
      year: sheet.year,
      saved: checked.evaluations.map((e) => `${e.kind}:${e.subjectId}`),
      verdicts: checked.verdicts.map((v) => ({ ...v })),
      cleared: checked.cleared.map((e) => `${e.kind}:${e.subjectId}`),
      actions: checked.actionUpdates.map((u) => `${u.actionId}:${u.update.status}`),
    },
  });
  return {
    ok: true,
    planId: sheet.planId,
    year: sheet.year,
    saved: checked.evaluations.length + checked.verdicts.length + appended.length,
    cleared: checked.cleared.length,
    actionsUpdated: appended.length,
  };
}
