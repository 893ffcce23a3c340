import type { IsoDate } from '../plan/types';
import type { Actor } from './OccasionRepository';

/** The follow-up status of an action (åtgärd), as the seeds write it (004). */
export type ActionStatus = 'Ej påbörjad' | 'Pågående' | 'Genomförd';

/**
 * An action (åtgärd) for the follow-up, created from a result with a deviation and a proposed
 * action. `id` is `<occasionId>#v<version>`: one action per result version, so a retried
 * submission never creates a second one.
 */
export interface ActionRecord {
  id: string;
  occasionId: string;
  planId: string;
  controlId: string;
  unitId: string;
  periodKey: string;
  /** What is to be done. */
  what: string;
  /** Who owns the action, as the submitter wrote it. */
  owner: string;
  dueDate: IsoDate;
  status: ActionStatus;
  /** The result version the action came from. */
  resultVersion: number;
  createdBy: Actor;
  createdAt: Date;
}

export interface ActionRepository {
  /** Stores the action unless one with the same id exists; true when it was created now. */
  createOnce(action: ActionRecord): Promise<boolean>;
  /** The actions of one occasion, oldest first. */
  forOccasion(occasionId: string): Promise<ActionRecord[]>;
}
