import type { ReminderKind } from './types';

/** The outbox identity of a reminder: creating the same reminder twice is a no-op. */
export function reminderId(occasionId: string, kind: ReminderKind, aadObjectId: string): string {
  return `${occasionId}|${kind}|${aadObjectId}`;
}
