import { unitsOfControl } from '../plan/unitsOfControl';
import type { Plan } from '../plan/types';
import { resolveActionPerson } from './resolveActionPerson';
import type { Action } from './types';

/** The stored id of a decided action followed up for one unit. */
export const decidedActionId = (planId: string, actionId: string, unitId: string): string =>
  `${planId}/action/${actionId}/${unitId}`;

/**
 * The followed-up actions a plan's decided actions call for: one per decided action × unit, each
 * starting with one entry "Ej påbörjad" written by the bot at `now`. Storing them is idempotent
 * (deterministic ids); an action already stored keeps its entries.
 */
export function actionsOfPlan(plan: Plan, now: Date, today: string): Action[] {
  const actions: Action[] = [];
  for (const area of plan.riskAreas) {
    for (const decided of area.actions ?? []) {
      for (const unit of unitsOfControl(plan, { id: decided.id, unitIds: decided.unitIds })) {
        const owner = resolveActionPerson(plan, decided.owner, unit.id) ?? {
          name: 'roleId' in decided.owner ? decided.owner.roleId : decided.owner.personId,
        };
        const reportingOwner = decided.reportingOwner
          ? resolveActionPerson(plan, decided.reportingOwner, unit.id)
          : null;
        actions.push({
          id: decidedActionId(plan.id, decided.id, unit.id),
          planId: plan.id,
          year: plan.year,
          riskAreaId: area.id,
          source: 'plan',
          decidedActionId: decided.id,
          unitId: unit.id,
          text: decided.text,
          owner,
          ...(reportingOwner && { reportingOwner }),
          start: decided.start,
          checkpoints: [...decided.checkpoints],
          end: decided.end,
          ...(decided.carriedOverFrom !== undefined && { carriedOverFrom: decided.carriedOverFrom }),
          entries: [
            {
              id: 'created',
              at: now,
              date: today,
              status: 'Ej påbörjad',
              change: { kind: 'created' },
              author: { system: 'plan', name: 'ikbot' },
            },
          ],
        });
      }
    }
  }
  return actions;
}
