import type { IsoDate, Locale } from '../plan/types';

/**
 * The reminder ladder of one occasion, in order. Each kind is sent at most once per recipient:
 * a notice before the due date, a reminder on it, one when it has passed, and an escalation to the
 * responsible manager (and the substitute) after some working days overdue. 'unreachable' tells the
 * manager that Teams refused a reminder for the person who should do the control.
 */
export type ReminderKind =
  | 'notice'
  | 'due'
  | 'overdue'
  | 'escalation'
  | 'unreachable'
  /** An action's owner: a checkpoint or the end date is near (see domain/actions). */
  | 'actionNotice'
  /** A checkpoint passed without a report: the reporting owner or responsible manager is told once. */
  | 'actionEscalation';

/** The kinds of an occasion's own ladder (not actions, not unreachable reports). */
export type OccasionReminderKind = Exclude<ReminderKind, 'unreachable' | 'actionNotice' | 'actionEscalation'>;

export const performerKinds: readonly ReminderKind[] = ['notice', 'due', 'overdue'];

/** Why someone gets the reminder. */
export type ReminderRole = 'performer' | 'substitute' | 'manager';

export interface ReminderPolicy {
  /** Working days before the due date for the notice (never before the period starts). */
  noticeWorkingDaysBefore: number;
  /** Working days overdue before the manager and the substitute are told. */
  escalateAfterWorkingDays: number;
  /** Local hours [start, end) on working days during which reminders are sent. */
  workingHours: { start: number; end: number };
  timeZone: string;
}

/** Per-control overrides of the policy (optional fields on a control point). */
export interface ReminderOverrides {
  noticeWorkingDaysBefore?: number;
  escalateAfterWorkingDays?: number;
}

/** A person marked away until (and including) a date: their substitute gets their reminders. */
export interface Absence {
  aadObjectId: string;
  until: IsoDate;
  setBy: string;
}

/** A unit (and the units below it) whose reminders wait until after a date, e.g. closed for summer. */
export interface UnitPause {
  planId: string;
  unitId: string;
  until: IsoDate;
  setBy: string;
}

export interface ReminderRecipient {
  aadObjectId: string;
  name: string;
  locale: Locale;
}

/** One reminder that a pass should deliver (it becomes one outbox item). */
export interface DueReminder {
  /** Deterministic: the same occasion, kind and recipient always give the same id. */
  id: string;
  occasionId: string;
  planId: string;
  kind: ReminderKind;
  role: ReminderRole;
  recipient: ReminderRecipient;
  /** Who should have done it (for the manager's and substitute's messages). */
  performer?: ReminderRecipient;
  /** The responsible manager, told when the recipient cannot be reached. */
  manager?: ReminderRecipient;
  controlId: string;
  controlTitle: string;
  unitId: string;
  unitName: string;
  periodKey: string;
  dueDate: IsoDate;
  /** Working days overdue on the day the reminder was created (0 when not overdue). */
  daysOverdue: number;
  /** For kind 'unreachable': Teams' error code, e.g. ConversationBlockedByUser. */
  unreachableCode?: string;
  /** For action kinds: which action and which date (a checkpoint or the end date) the reminder is about. */
  action?: { actionId: string; date: IsoDate; isEnd: boolean; owner?: string };
  /** Ids of earlier kinds for the same occasion and recipient that this one replaces if still unsent. */
  supersedes: string[];
}

/** Occasions that a pass could not remind anyone of, so the coordinator can fix the plan. */
export interface ReminderProblem {
  occasionId: string;
  problem: 'noPerformer' | 'noAadObjectId' | 'noManager';
  detail: string;
}
