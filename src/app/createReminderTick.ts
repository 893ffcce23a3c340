import type { Db } from 'mongodb';
import type { Config } from '../config/readConfig';
import type { Messenger } from '../domain/ports/Messenger';
import type { Logger } from '../logging/createLogger';
import { MongoAbsenceRepository } from '../storage/mongo/people/MongoAbsenceRepository';
import { MongoOccasionPartRepository } from '../storage/mongo/results/MongoOccasionPartRepository';
import { MongoActionRepository } from '../storage/mongo/actions/MongoActionRepository';
import { MongoAuditLog } from '../storage/mongo/audit/MongoAuditLog';
import { MongoOccasionRepository } from '../storage/mongo/occasions/MongoOccasionRepository';
import { MongoOutbox } from '../storage/mongo/outbox/MongoOutbox';
import { MongoPlanRepository } from '../storage/mongo/plans/MongoPlanRepository';
import { MongoConversationRepository } from '../storage/mongo/people/MongoConversationRepository';
import type { Telemetry } from '../telemetry/Telemetry';
import { MongoReachabilityRepository } from '../storage/mongo/people/MongoReachabilityRepository';
import { peopleDirectoryOf } from '../graph/peopleDirectoryOf';
import { ReachingMessenger } from '../usecases/people/ReachingMessenger';
import { requeueReachable } from '../usecases/people/requeueReachable';
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
  const reachability = new MongoReachabilityRepository(db);
  const deps = {
    plans: new MongoPlanRepository(db),
    occasions: new MongoOccasionRepository(db),
    outbox: new MongoOutbox(db),
    absences: new MongoAbsenceRepository(db),
    audit: new MongoAuditLog(db),
    actions: new MongoActionRepository(db),
    parts: new MongoOccasionPartRepository(db),
    // Records who cannot be reached and why, and installs the app for them through Graph when configured.
    messenger: new ReachingMessenger({
      inner: messenger,
      reachability,
      directory: peopleDirectoryOf(config),
      logger,
      now,
    }),
    logger,
  };
  const conversations = new MongoConversationRepository(db);
  const pass = async (overrides: Partial<ReminderPassOptions>): Promise<ReminderPassSummary> => {
    await requeueReachable({ ...deps, reachability, conversations }, now());
    return runReminderPass(deps, {
      now: now(),
      policy: reminderPolicyOf(config),
      tenantId: reminderTenantOf(config),
      ...overrides,
    });
  };
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
