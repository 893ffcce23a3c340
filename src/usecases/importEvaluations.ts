import type { Actor } from '../domain/ports/OccasionRepository';
import type { AuditLog } from '../domain/ports/AuditLog';
import type { PlanRepository } from '../domain/ports/PlanRepository';
import type { ReportSource } from '../domain/ports/ReportSource';
import { checkEvaluations, type EvaluationIssue } from '../reports/checkEvaluations';
import type { EvaluationsSheet } from '../reports/evaluationsWorkbook';

export type EvaluationImportOutcome =
  | { ok: true; planId: string; year: number; saved: number; cleared: number }
  | { ok: false; reason: 'noPlanId' | 'noYear' }
  | { ok: false; reason: 'unknownPlan'; planId: string }
  | { ok: false; reason: 'issues'; issues: EvaluationIssue[] };

/**
 * Stores the year-end evaluations of a filled-in workbook: all rows or, when any row is wrong,
 * none (the answer lists every problem). Audited as one entry with who imported what.
 */
export async function importEvaluations(
  ports: { plans: PlanRepository; source: ReportSource; audit: AuditLog },
  sheet: EvaluationsSheet,
  actor: Actor | { system: string },
  at: Date,
): Promise<EvaluationImportOutcome> {
  if (!sheet.planId) return { ok: false, reason: 'noPlanId' };
  if (!sheet.year) return { ok: false, reason: 'noYear' };
  const stored = await ports.plans.findById(sheet.planId);
  if (!stored) return { ok: false, reason: 'unknownPlan', planId: sheet.planId };
  const existing = await ports.source.evaluationsOf(sheet.planId, sheet.year);
  const checked = checkEvaluations(sheet, stored.plan, sheet.year, existing);
  if (checked.issues.length > 0) return { ok: false, reason: 'issues', issues: checked.issues };
  for (const evaluation of checked.evaluations) await ports.source.saveEvaluation(evaluation);
  for (const { kind, subjectId } of checked.cleared) {
    await ports.source.deleteEvaluation({ planId: sheet.planId, year: sheet.year, kind, subjectId });
  }
  await ports.audit.append({
    at,
    actor,
    action: 'report.evaluations.imported',
    subject: sheet.planId,
    details: {
      year: sheet.year,
      saved: checked.evaluations.map((e) => `${e.kind}:${e.subjectId}`),
      cleared: checked.cleared.map((e) => `${e.kind}:${e.subjectId}`),
    },
  });
  return {
    ok: true,
    planId: sheet.planId,
    year: sheet.year,
    saved: checked.evaluations.length,
    cleared: checked.cleared.length,
  };
}
