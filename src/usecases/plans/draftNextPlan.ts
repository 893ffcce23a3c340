import type { Plan } from '../../domain/plan/types';
import type { PlanRepository } from '../../domain/ports/PlanRepository';
import type { VerdictRepository } from '../../domain/ports/VerdictRepository';
import { draftNextYearPlan, type ClosedArea } from '../../domain/verdicts/draftNextYearPlan';
import { checkPlan } from '../../planFiles/checkPlan';
import { writePlanDraft } from '../../planFiles/writePlanDraft';

export type NextPlanOutcome =
  | {
      ok: true;
      from: Plan;
      draft: Plan;
      closed: ClosedArea[];
      unassessed: string[];
      fileName: string;
      content: string | Buffer;
      /** What import will warn about (e.g. an area below the plan's threshold), both languages. */
      warnings: Array<{ sv: string; en: string }>;
    }
  | { ok: false; reason: 'noPlan'; year: number }
  | { ok: false; reason: 'severalPlans'; year: number; planIds: string[] };

/**
 * Next year's plan drafted from a year's plan and its verdicts, as a file in the import format
 * (YAML or Excel). Reads only; nothing is stored until the coordinator imports the draft.
 */
export async function draftNextPlan(
  ports: { plans: PlanRepository; verdicts: VerdictRepository },
  input: { fromYear: number; planId?: string; format: 'yaml' | 'xlsx' },
): Promise<NextPlanOutcome> {
  const stored = (await ports.plans.findByYear(input.fromYear)).filter(
    (s) => input.planId === undefined || s.plan.id === input.planId,
  );
  if (stored.length === 0) return { ok: false, reason: 'noPlan', year: input.fromYear };
  if (stored.length > 1) {
    return { ok: false, reason: 'severalPlans', year: input.fromYear, planIds: stored.map((s) => s.plan.id) };
  }
  const from = stored[0].plan;
  const verdicts = await ports.verdicts.ofYear(from.id, from.year);
  const { plan: draft, closed, unassessed } = draftNextYearPlan(from, verdicts);
  const content = await writePlanDraft(draft, closed, input.format);
  const id = draft.id.replace(/[^A-Za-z0-9_-]/g, '_');
  return {
    ok: true,
    from,
    draft,
    closed,
    unassessed,
    fileName: `Plan-${id}-utkast.${input.format}`,
    content,
    warnings: checkPlan(draft).warnings.map(({ sv, en }) => ({ sv, en })),
  };
}
