import { isClosedStatus } from './actionStatuses';
import { currentStateOf } from './currentStateOf';
import type { Action, ActionPerson } from './types';

export interface PlanActionChange {
  fields: string[];
  set: {
    text?: string;
    owner?: ActionPerson;
    reportingOwner?: ActionPerson;
    schedule?: { start: string; checkpoints: string[]; end: string };
  };
}

const samePerson = (a: ActionPerson | undefined, b: ActionPerson | undefined): boolean =>
  (a?.personId ?? '') === (b?.personId ?? '') &&
  (a?.aadObjectId ?? '') === (b?.aadObjectId ?? '') &&
  (a?.name ?? '') === (b?.name ?? '');

/**
 * What a new plan revision changes in a stored, open decided action: its text, owners or dates as
 * the plan now states them. Owner and dates a manager changed on the card are kept (their entry
 * says so); a closed action is history and is not changed. Null when nothing differs.
 */
export function planActionChange(stored: Action, desired: Action): PlanActionChange | null {
  if (stored.source !== 'plan' || isClosedStatus(currentStateOf(stored).status)) return null;
  const byPerson = (kind: 'ownerReassigned' | 'datesMoved'): boolean =>
    stored.entries.some((entry) => entry.change.kind === kind && 'aadObjectId' in entry.author);
  const change: PlanActionChange = { fields: [], set: {} };
  if (stored.text !== desired.text) {
    change.fields.push('text');
    change.set.text = desired.text;
  }
  if (!byPerson('ownerReassigned') && !samePerson(stored.owner, desired.owner)) {
    change.fields.push('owner');
    change.set.owner = desired.owner;
  }
  if (desired.reportingOwner && !samePerson(stored.reportingOwner, desired.reportingOwner)) {
    change.fields.push('reportingOwner');
    change.set.reportingOwner = desired.reportingOwner;
  }
  const schedule = { start: desired.start, checkpoints: desired.checkpoints, end: desired.end };
  const storedSchedule = { start: stored.start, checkpoints: stored.checkpoints, end: stored.end };
  if (!byPerson('datesMoved') && JSON.stringify(schedule) !== JSON.stringify(storedSchedule)) {
    change.fields.push('dates');
    change.set.schedule = schedule;
  }
  return change.fields.length > 0 ? change : null;
}
