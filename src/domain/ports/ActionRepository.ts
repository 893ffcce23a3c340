import type { Action, ActionEntry, ActionPerson, ActionSchedule, ActionStatus } from '../actions/types';
import type { IsoDate } from '../plan/types';

export interface ActionQuery {
  planId?: string;
  year?: number;
  statuses?: readonly ActionStatus[];
  /** Owner, reporting owner or both, by Entra object id. */
  person?: { aadObjectId: string; as: 'owner' | 'reportingOwner' | 'any' };
  /** Owner by name, id or object id as typed on the command line (case-insensitive, exact). */
  ownerText?: string;
  controlId?: string;
  unitIds?: string[];
  /** Open actions with a checkpoint or end date on or before this date (reminder passes). */
  openWithDateBy?: IsoDate;
}

export type AppendOutcome =
  | { kind: 'appended'; action: Action }
  /** The entry id was already there: the same change written twice (a retried card). */
  | { kind: 'duplicate'; action: Action }
  /** Someone else changed the action since the card was shown (entry count differs). */
  | { kind: 'stale'; action: Action }
  | { kind: 'missing' };

/** Changes that come with an entry: a new owner, moved dates (managers, audited). */
export interface ActionChangeSet {
  text?: string;
  owner?: ActionPerson;
  reportingOwner?: ActionPerson;
  schedule?: ActionSchedule;
}

export interface ActionRepository {
  /** Stores the plan's actions that are not stored yet (deterministic ids); returns how many were new. */
  ensure(actions: readonly Action[]): Promise<number>;
  /**
   * A result proposes an action for a control × unit: the open action of that control × unit gets
   * the proposal's entry, or a new action is created. Idempotent: the entry's id is the result
   * version, so a retried submission changes nothing.
   */
  propose(action: Action): Promise<{ action: Action; created: boolean }>;
  /**
   * Appends an entry (the newest is the current state), with an optional change of owner or dates.
   * With `expectedEntries`, only when the action still has that many entries (optimistic concurrency).
   */
  append(
    id: string,
    entry: ActionEntry,
    options?: { expectedEntries?: number; change?: ActionChangeSet },
  ): Promise<AppendOutcome>;
  get(id: string): Promise<Action | null>;
  find(query: ActionQuery): Promise<Action[]>;
  /** The actions a control's occasion proposed (the control card shows them), oldest first. */
  forOccasion(occasionId: string): Promise<Action[]>;
}
