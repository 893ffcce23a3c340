import type { IsoDate, Occasion } from '../plan/types';
import { addWorkingDays } from '../schedule/addWorkingDays';
import type { OccasionReminderKind, ReminderPolicy } from './types';

export type ReminderDates = Record<OccasionReminderKind, IsoDate>;

/**
 * The first date each kind of reminder may go out for an occasion. The notice goes N working days
 * before the due date, but not before the period starts (the occasion opens then); the overdue
 * reminder on the first working day after the due date; the escalation M working days after it.
 */
export function reminderDatesOf(
  occasion: Pick<Occasion, 'period' | 'dueDate'>,
  policy: Pick<ReminderPolicy, 'noticeWorkingDaysBefore' | 'escalateAfterWorkingDays'>,
): ReminderDates {
  const beforeDue = addWorkingDays(occasion.dueDate, -policy.noticeWorkingDaysBefore);
  const notice = beforeDue < occasion.period.start ? occasion.period.start : beforeDue;
  const overdue = addWorkingDays(occasion.dueDate, 1);
  const escalation = addWorkingDays(occasion.dueDate, Math.max(1, policy.escalateAfterWorkingDays));
  return {
    notice: notice > occasion.dueDate ? occasion.dueDate : notice,
    due: occasion.dueDate,
    overdue,
    escalation,
  };
}

/**
 * The latest performer reminder that applies on `today`: after downtime an overdue occasion gets
 * one overdue reminder, not the whole ladder. Null before the notice date.
 */
export function latestPerformerKind(
  dates: ReminderDates,
  today: IsoDate,
): Exclude<OccasionReminderKind, 'escalation'> | null {
  if (today >= dates.overdue) return 'overdue';
  if (today >= dates.due) return 'due';
  if (today >= dates.notice) return 'notice';
  return null;
}
