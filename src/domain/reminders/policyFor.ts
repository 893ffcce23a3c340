import type { ReminderOverrides, ReminderPolicy } from './types';

/** The policy for one control: the configured defaults with the control's own overrides on top. */
export function policyFor(policy: ReminderPolicy, overrides: ReminderOverrides | undefined): ReminderPolicy {
  if (!overrides) return policy;
  return {
    ...policy,
    noticeWorkingDaysBefore: overrides.noticeWorkingDaysBefore ?? policy.noticeWorkingDaysBefore,
    escalateAfterWorkingDays: overrides.escalateAfterWorkingDays ?? policy.escalateAfterWorkingDays,
  };
}
