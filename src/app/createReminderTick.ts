import type { Db } from 'mongodb';
import type { Config } from '../config/readConfig';
import type { Messenger } from '../domain/ports/Messenger';
import type { Logger } from '../logging/createLogger';
import { MongoAbsenceRepository } from '../storage/mongo/MongoAbsenceRepository';
import { MongoOccasionPartRepository } from '../storage/parts/MongoOccasionPartRepository';
import { MongoActionRepository } from '../storage/mongo/MongoActionRepository';
import { MongoAuditLog } from '../storage/mongo/MongoAuditLog';
import { MongoOccasionRepository } from '../storage/mongo/MongoOccasionRepository';
import { MongoOutbox } from '../storage/mongo/MongoOutbox';
import { MongoPlanRepository } from '../storage/mongo/MongoPlanRepository';
import type { Telemetry } from '../telemetry/Telemetry';
import { reminderPolicyOf, reminderTenantOf } from '../usecases/reminderPolicyOf';
import {
  runReminderPass,
  type ReminderPassOptions,
  type ReminderPassSummary,
} from '../usecases/runReminderPass';

export type ReminderTick = (overrides?: Partial<ReminderPassOptions>) => Promise<ReminderPassSummary>;

/** The reminder pass wired to MongoDB and a messenger: what the scheduler and `ikbot tick` run. */
export function createReminderTick(
  config: Config,
  db: Db,
  messenger: Messenger,
  logger: Logger,
  now: () => Date,
  telemetry?: Telemetry,
): ReminderTick {
  const deps = {
    plans: new MongoPlanRepository(db),
    occasions: new MongoOccasionRepository(db),
    outbox: new MongoOutbox(db),
    absences: new MongoAbsenceRepository(db),
    audit: new MongoAuditLog(db),
    actions: new MongoActionRepository(db),
    parts: new MongoOccasionPartRepository(db),
    messenger,
    logger,
  };
  const pass = (overrides: Partial<ReminderPassOptions>): Promise<ReminderPassSummary> =>
    runReminderPass(deps, {
      now: now(),
      policy: reminderPolicyOf(config),
      tenantId: reminderTenantOf(config),
      ...overrides,
    });
  const measuredPass = async (overrides: Partial<ReminderPassOptions>): Promise<ReminderPassSummary> => {
    if (!telemetry) return pass(overrides);
    const started = performance.now();
    let outcome = 'failed';
    try {
      return await telemetry.inSpan('ikbot.reminder_pass', {}, async (span) => {
        const summary = await pass(overrides);
        outcome = overrides.signal?.aborted ? 'stopped' : 'completed';
        span.setAttributes({
          'ikbot.reminders.created': summary.created,
          'ikbot.reminders.sent': summary.remindersSent,
          'ikbot.reminders.failed': summary.failed,
          'ikbot.reminders.retries': summary.retries,
          'ikbot.reminders.unconfirmed': summary.unconfirmed,
        });
        // Reads the whole outbox: only when the telemetry goes somewhere.
        if (telemetry.recording) telemetry.outboxDepth.record((await deps.outbox.pending()).length);
        return summary;
      });
    } finally {
      telemetry.reminderPasses.add(1, { outcome });
      telemetry.reminderPassDuration.record(performance.now() - started, { outcome });
    }
  };
  return async (overrides = {}) => {
    const summary = await measuredPass(overrides);
    const { problems, ...counts } = summary;
    logger.info(
      { ...counts, problems: problems.length },
      summary.outsideWorkingHours
        ? `Reminder pass at ${summary.today}: outside working hours or not a working day, nothing sent; what is due waits for the next working morning.`
        : `Reminder pass for ${summary.today}: ${summary.remindersSent} reminder(s) in ${summary.messagesSent} message(s), ${summary.failed} failed.`,
    );
    for (const problem of problems.slice(0, 20))
      logger.warn({ occasionId: problem.occasionId }, problem.detail);
    return summary;
  };
}
