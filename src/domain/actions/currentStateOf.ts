import type { Action, ActionEntry } from './types';

/** The newest entry: the action's current state (entries are appended in order, never changed). */
export function currentStateOf(action: Pick<Action, 'entries'>): ActionEntry {
  const newest = action.entries[action.entries.length - 1];
  if (!newest) throw new Error('An action without entries was stored; every action starts with one.');
  return newest;
}
