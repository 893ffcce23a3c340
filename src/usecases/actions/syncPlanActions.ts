import { actionsOfPlan } from '../../domain/actions/actionsOfPlan';
import { currentStateOf } from '../../domain/actions/currentStateOf';
import { planActionChange } from '../../domain/actions/planActionChange';
import type { Plan } from '../../domain/plan/types';
import type { ActionRepository } from '../../domain/ports/ActionRepository';

/**
 * Makes the stored decided actions of a plan follow the plan: new ones are stored ("Ej påbörjad"),
 * changed text, owners or dates of open ones are applied as an entry by the plan (kind planChanged),
 * unless a manager changed owner or dates on the card. Decided actions that left the plan are kept
 * (they are history). Idempotent and safe beside another process doing the same (the entry is
 * appended only where the entry count is still the one read).
 */
export async function syncPlanActions(
  actions: ActionRepository,
  plan: Plan,
  now: Date,
  today: string,
): Promise<void> {
  const desired = actionsOfPlan(plan, now, today);
  if (desired.length === 0) return;
  await actions.ensure(desired);
  const stored = new Map((await actions.find({ planId: plan.id })).map((action) => [action.id, action]));
  for (const wanted of desired) {
    const current = stored.get(wanted.id);
    const change = current ? planActionChange(current, wanted) : null;
    if (!current || !change) continue;
    await actions.append(
      current.id,
      {
        id: `plan@${now.toISOString()}`,
        at: now,
        date: today,
        status: currentStateOf(current).status,
        change: { kind: 'planChanged', fields: change.fields },
        author: { system: 'plan', name: 'ikbot' },
      },
      { expectedEntries: current.entries.length, change: change.set },
    );
  }
}
