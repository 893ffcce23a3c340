import type { IsoDate } from '../plan/types';

/**
 * The follow-up status of an action (åtgärd), stored as the seeds write it (004). The four after
 * Pågående close the action; Överförd means carried over to the next year's plan (the entry says which).
 */
export type ActionStatus =
  'Ej påbörjad' | 'Pågående' | 'Genomförd' | 'Genomförd med avvikelse' | 'Ej genomförd' | 'Överförd';

/** Who wrote an entry: a person through Teams, or the bot itself (e.g. an action created from a result). */
export type ActionAuthor = { aadObjectId: string; name: string } | { system: string; name: string };

/** What an entry did besides (perhaps) changing the status. */
export type ActionChange =
  | { kind: 'created' }
  | { kind: 'status' }
  | { kind: 'proposedAgain'; occasionId: string }
  | { kind: 'ownerReassigned'; from: string; to: string }
  | { kind: 'datesMoved'; from: ActionSchedule; to: ActionSchedule }
  /** A new plan revision changed the decided action (text, owners or dates). */
  | { kind: 'planChanged'; fields: string[] };

/**
 * One dated, append-only entry: the newest is the action's current state. `id` makes writing the
 * same entry twice (a retried card submission, a repeated result) a no-op.
 */
export interface ActionEntry {
  id: string;
  at: Date;
  /** The organisation's local date of `at`. */
  date: IsoDate;
  status: ActionStatus;
  change: ActionChange;
  comment?: string;
  /** Required for Genomförd med avvikelse: what deviated. */
  reason?: string;
  /** E.g. "Tertial 2 2024", "Kvartal 4 2024". */
  periodLabel?: string;
  /** Who the comment is meant for, e.g. "Socialnämnden". */
  audience?: string;
  /** For Överförd: the year it was carried over to. */
  carriedOverTo?: number;
  author: ActionAuthor;
}

export interface ActionSchedule {
  start: IsoDate;
  checkpoints: IsoDate[];
  end: IsoDate;
}

/** A person an action is resolved to; without aadObjectId Teams cannot reach them. */
export interface ActionPerson {
  personId?: string;
  name: string;
  aadObjectId?: string;
  /** The role the person was resolved from, when the plan names a role. */
  roleId?: string;
}

/**
 * An action followed up at checkpoints: decided in the plan (one per decided action × unit) or
 * proposed by a result with a deviation (one per control point × unit while open).
 */
export interface Action extends ActionSchedule {
  id: string;
  planId: string;
  year: number;
  riskAreaId: string;
  source: 'plan' | 'result';
  /** The plan's decided action, for source 'plan'. */
  decidedActionId?: string;
  /** The control point whose deviation proposed it, for source 'result'. */
  controlId?: string;
  /** The first occasion that proposed it, for source 'result'. */
  occasionId?: string;
  unitId: string;
  text: string;
  owner: ActionPerson;
  reportingOwner?: ActionPerson;
  carriedOverFrom?: number;
  /** Oldest first; never empty. */
  entries: ActionEntry[];
}
