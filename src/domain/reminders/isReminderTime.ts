import { isWorkingDay } from '../schedule/isWorkingDay';
import { localDateOf } from '../schedule/localDateOf';
import { localTimeOf } from '../schedule/localTimeOf';
import type { ReminderPolicy } from './types';

/**
 * Reminders go out on working days (weekends and Swedish public holidays skipped) within working
 * hours, local time; anything due outside them waits for the next working morning.
 */
export function isReminderTime(
  now: Date,
  policy: Pick<ReminderPolicy, 'workingHours' | 'timeZone'>,
): boolean {
  if (!isWorkingDay(localDateOf(now, policy.timeZone))) return false;
  const { hour } = localTimeOf(now, policy.timeZone);
  return hour >= policy.workingHours.start && hour < policy.workingHours.end;
}
