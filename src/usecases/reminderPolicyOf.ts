import type { Config } from '../config/readConfig';
import type { ReminderPolicy } from '../domain/reminders/types';

/** The reminder policy and delivery settings from the configuration. */
export function reminderPolicyOf(config: Config): ReminderPolicy {
  return { ...config.reminders, timeZone: config.timeZone };
}

/** The tenant reminders are sent in: MicrosoftAppTenantId, else the first allowed tenant. */
export function reminderTenantOf(config: Config): string {
  return config.microsoft.tenantId || config.allowedTenants[0] || '';
}
