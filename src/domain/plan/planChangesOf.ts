import type { Plan } from './types';

/** What a re-import changes in a plan's control points (kontrollmoment), by id and content. */
export interface PlanChanges {
  /** False when no plan with this id was stored before. */
  replacesStoredPlan: boolean;
  added: string[];
  removed: string[];
  modified: string[];
  unchanged: number;
}

/** Compares control points by id; a control that moved to another risk area counts as modified. */
export function planChangesOf(previous: Plan | null | undefined, next: Plan): PlanChanges {
  const before = controlsById(previous);
  const after = controlsById(next);
  const changes: PlanChanges = {
    replacesStoredPlan: Boolean(previous),
    added: [],
    removed: [],
    modified: [],
    unchanged: 0,
  };
  for (const [id, control] of after) {
    const old = before.get(id);
    if (old === undefined) changes.added.push(id);
    else if (old !== control) changes.modified.push(id);
    else changes.unchanged += 1;
  }
  for (const id of before.keys()) if (!after.has(id)) changes.removed.push(id);
  return changes;
}

/** Each control as canonical JSON (keys sorted, undefined dropped) with its risk area id. */
function controlsById(plan: Plan | null | undefined): Map<string, string> {
  const controls = new Map<string, string>();
  for (const area of plan?.riskAreas ?? []) {
    for (const control of area.controls) controls.set(control.id, canonical({ area: area.id, control }));
  }
  return controls;
}

function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) =>
    item && typeof item === 'object' && !Array.isArray(item)
      ? Object.fromEntries(
          Object.entries(item as Record<string, unknown>)
            .filter(([, field]) => field !== undefined && field !== null)
            .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
        )
      : item,
  );
}
