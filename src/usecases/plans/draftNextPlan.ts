import type { Action, ActionAuthor, ActionEntry } from '../../domain/actions/types';
import type { Plan } from '../../domain/plan/types';
import type { ActionRepository } from '../../domain/ports/ActionRepository';
import type { AuditLog } from '../../domain/ports/AuditLog';
import type { PlanRepository } from '../../domain/ports/PlanRepository';
import type { VerdictRepository } from '../../domain/ports/VerdictRepository';
import { localDateOf } from '../../domain/schedule/localDateOf';
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
      /** The stored actions carried into the draft, now "Överförd till <draft year>". */
      carriedActions: Action[];
      fileName: string;
      content: string | Buffer;
      /** What import will warn about (e.g. an area below the plan's threshold), both languages. */
      warnings: Array<{ sv: string; en: string }>;
    }
  | { ok: false; reason: 'noPlan'; year: number }
  | { ok: false; reason: 'severalPlans'; year: number; planIds: string[] };

/**
 * Next year's plan drafted from a year's plan and its verdicts, as a file in the import format
 * (YAML or Excel). The plan itself is stored only when the coordinator imports the draft; the open
 * actions the draft carries get their "Överförd till <year>" entry now (docs/plan-format.md says
 * why), once: a second draft of the same year writes no second entry.
 */
export async function draftNextPlan(
  ports: { plans: PlanRepository; verdicts: VerdictRepository; actions: ActionRepository; audit: AuditLog },
  input: {
    fromYear: number;
    planId?: string;
    format: 'yaml' | 'xlsx';
    now: Date;
    timeZone: string;
    /** Who drafted it (chat); the command line writes as the system. */
    actor?: { aadObjectId: string; name: string };
  },
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
  const storedActions = await ports.actions.find({ planId: from.id });
  const {
    plan: draft,
    closed,
    unassessed,
    carriedActions,
  } = draftNextYearPlan(from, verdicts, storedActions);
  const content = await writePlanDraft(draft, closed, input.format);
  const carried = await markCarried(ports, carriedActions, draft, input);
  const id = draft.id.replace(/[^A-Za-z0-9_-]/g, '_');
  return {
    ok: true,
    from,
    draft,
    closed,
    unassessed,
    carriedActions: carried,
    fileName: `Plan-${id}-utkast.${input.format}`,
    content,
    warnings: checkPlan(draft).warnings.map(({ sv, en }) => ({ sv, en })),
  };
}

/** Appends "Överförd till <year>" to each carried action that does not say so yet, and audits it. */
async function markCarried(
  ports: { actions: ActionRepository; audit: AuditLog },
  actions: readonly Action[],
  draft: Plan,
  input: { now: Date; timeZone: string; actor?: { aadObjectId: string; name: string } },
): Promise<Action[]> {
  const author: ActionAuthor = input.actor ?? { system: 'planNext', name: 'ikbot plan next' };
  const marked: Action[] = [];
  for (const action of actions) {
    const newest = action.entries[action.entries.length - 1];
    if (newest.status === 'Överförd' && newest.carriedOverTo === draft.year) {
      marked.push(action);
      continue;
    }
    // The entry id names the year: a second draft of the same year is a duplicate, not a new entry.
    const entry: ActionEntry = {
      id: `carriedOver-${draft.year}`,
      at: input.now,
      date: localDateOf(input.now, input.timeZone),
      status: 'Överförd',
      change: { kind: 'status' },
      carriedOverTo: draft.year,
      comment: `Överförd till ${draft.year} i utkastet till ${draft.id}.`,
      author,
    };
    const outcome = await ports.actions.append(action.id, entry);
    if (outcome.kind === 'missing' || outcome.kind === 'stale') continue;
    marked.push(outcome.action);
    if (outcome.kind === 'appended')
      await ports.audit.append(
        {
          at: input.now,
          actor: input.actor ?? { system: 'planNext' },
          action: 'action.carriedOver',
          subject: action.id,
          details: { planId: action.planId, to: draft.year, draftPlanId: draft.id, from: newest.status },
        },
        `${action.id}#${entry.id}`,
      );
  }
  return marked;
}
