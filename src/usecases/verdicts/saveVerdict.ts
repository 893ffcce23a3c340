import type { AuditLog } from '../../domain/ports/AuditLog';
import type { PlanRepository } from '../../domain/ports/PlanRepository';
import type { VerdictRepository } from '../../domain/ports/VerdictRepository';
import { checkVerdict, type VerdictDraft, type VerdictIssue } from '../../domain/verdicts/checkVerdict';
import { mayEvaluateArea } from '../../domain/verdicts/mayEvaluateArea';
import type { Verdict } from '../../domain/verdicts/Verdict';

export interface VerdictPorts {
  plans: PlanRepository;
  verdicts: VerdictRepository;
  audit: AuditLog;
}

export type SaveVerdictOutcome =
  | { ok: true; verdict: Verdict; replaced: Verdict | null }
  | { ok: false; reason: 'unknownPlan'; planId: string }
  | { ok: false; reason: 'notAllowed' }
  | { ok: false; reason: 'issues'; issues: VerdictIssue[] };

/**
 * One risk area's verdict written on the card: by an administrator or a responsible manager of the
 * area. Checked against the stored plan; stored (replacing the earlier one) and audited, or nothing
 * is stored and the outcome says why.
 */
export async function saveVerdict(
  ports: VerdictPorts,
  input: {
    planId: string;
    draft: VerdictDraft;
    author: { aadObjectId: string; name: string };
    isAdmin: boolean;
  },
  at: Date,
): Promise<SaveVerdictOutcome> {
  const stored = await ports.plans.findById(input.planId);
  if (!stored) return { ok: false, reason: 'unknownPlan', planId: input.planId };
  const { plan } = stored;
  const areaKnown = plan.riskAreas.some((area) => area.id === input.draft.riskAreaId);
  if (
    areaKnown &&
    !input.isAdmin &&
    !mayEvaluateArea(plan, input.draft.riskAreaId, input.author.aadObjectId)
  ) {
    return { ok: false, reason: 'notAllowed' };
  }
  const checked = checkVerdict(input.draft, plan, plan.year, input.author, at);
  if (!checked.ok) return { ok: false, reason: 'issues', issues: checked.issues };
  const replaced = await ports.verdicts.save(checked.verdict);
  await ports.audit.append({
    at,
    actor: { aadObjectId: input.author.aadObjectId, name: input.author.name },
    action: 'verdict.saved',
    subject: plan.id,
    details: { year: plan.year, verdict: { ...checked.verdict }, replaced },
  });
  return { ok: true, verdict: checked.verdict, replaced };
}
