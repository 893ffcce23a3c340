import type { Db } from 'mongodb';
import type { Config } from '../config/readConfig';
import type { Messenger } from '../domain/ports/Messenger';
import type { Logger } from '../logging/createLogger';
import { MongoAbsenceRepository } from '../storage/mongo/people/MongoAbsenceRepository';
import { MongoAuditLog } from '../storage/mongo/audit/MongoAuditLog';
import { MongoOccasionRepository } from '../storage/mongo/occasions/MongoOccasionRepository';
import { MongoOutbox } from '../storage/mongo/outbox/MongoOutbox';
import { MongoPlanRepository } from '../storage/mongo/plans/MongoPlanRepository';
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
): ReminderTick {
  const deps = {
    plans: new MongoPlanRepository(db),
    occasions: new MongoOccasionRepository(db),
    outbox: new MongoOutbox(db),
    absences: new MongoAbsenceRepository(db),
    audit: new MongoAuditLog(db),
    messenger,
    logger,
  };
  return async (overrides = {}) => {
    const summary = await runReminderPass(deps, {
      now: now(),
      policy: reminderPolicyOf(config),
      tenantId: reminderTenantOf(config),
      ...overrides,
    });
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
