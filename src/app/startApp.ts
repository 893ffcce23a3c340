import path from 'node:path';
import type { Config } from '../config/readConfig';
import { createServer } from '../http/createServer';
import { createLogger, type Logger } from '../logging/createLogger';
import { MongoActionRepository } from '../storage/mongo/actions/MongoActionRepository';
import { MongoAuditLog } from '../storage/mongo/audit/MongoAuditLog';
import { MongoConversationRepository } from '../storage/mongo/people/MongoConversationRepository';
import { MongoDigestQueries } from '../storage/mongo/digests/MongoDigestQueries';
import { MongoDigestSnapshots } from '../storage/mongo/digests/MongoDigestSnapshots';
import { MongoOccasionRepository } from '../storage/mongo/occasions/MongoOccasionRepository';
import { MongoPendingImportRepository } from '../storage/mongo/plans/MongoPendingImportRepository';
import { MongoPlanRepository } from '../storage/mongo/plans/MongoPlanRepository';
import { MongoSubscriptionRepository } from '../storage/mongo/digests/MongoSubscriptionRepository';
import { openDatabase, type Database } from '../storage/mongo/database/openDatabase';
import type { BotServices } from '../teams/BotServices';
import { createAdapter } from '../teams/createAdapter';
import { IkBot } from '../teams/IkBot';
import { TeamsMessenger } from '../teams/TeamsMessenger';
import { MongoAbsenceRepository } from '../storage/mongo/people/MongoAbsenceRepository';
import { MongoOutbox } from '../storage/mongo/outbox/MongoOutbox';
import { MongoReportDownloadRepository } from '../storage/mongo/reports/MongoReportDownloadRepository';
import { MongoReportSource } from '../storage/mongo/reports/MongoReportSource';
import { startScheduler, type RunningScheduler } from '../scheduler/startScheduler';
import { startDigestSchedule, type RunningDigestSchedule } from '../scheduler/startDigestSchedule';
import { startCronJob, type RunningCronJob } from '../scheduler/startCronJob';
import { rebuildProjections } from './rebuildProjections';
import { sendWeeklyDigests } from '../usecases/sendWeeklyDigests';
import { createReminderTick } from './createReminderTick';

export interface RunningApp {
  url: string;
  port: number;
  database: Database;
  services: BotServices;
  /** Stops taking requests, lets turns in flight finish, stops the scheduler and closes the database. */
  stop(): Promise<void>;
}

export interface StartOptions {
  logger?: Logger;
  now?: () => Date;
  projectRoot?: string;
}

/** The composition root: wires the database, the use cases and the Teams edge, then listens. */
export async function startApp(config: Config, options: StartOptions = {}): Promise<RunningApp> {
  const logger = options.logger ?? createLogger(config.logLevel);
  const projectRoot = options.projectRoot ?? path.resolve(__dirname, '../..');
  const database = await openDatabase({
    mongodbUri: config.mongodbUri,
    mongodbDb: config.mongodbDb,
    dataDir: path.resolve(projectRoot, config.dataDir),
    projectRoot,
  });
  const now = options.now ?? (() => new Date());
  const adapter = createAdapter(config, logger);
  const messenger = new TeamsMessenger({
    adapter,
    conversations: new MongoConversationRepository(database.db),
    appId: config.microsoft.appId,
    serviceUrl: config.reminders.serviceUrl,
    logger,
    now,
  });
  // Known once the server listens (PORT=0 picks a free port).
  let listeningPort = config.port;
  const services: BotServices = {
    config,
    logger,
    now,
    conversations: new MongoConversationRepository(database.db),
    plans: new MongoPlanRepository(database.db),
    occasions: new MongoOccasionRepository(database.db),
    audit: new MongoAuditLog(database.db),
    actions: new MongoActionRepository(database.db),
    pendingImports: new MongoPendingImportRepository(database.db),
    digests: {
      queries: new MongoDigestQueries(database.db),
      snapshots: new MongoDigestSnapshots(database.db),
      subscriptions: new MongoSubscriptionRepository(database.db),
    },
    outbox: new MongoOutbox(database.db),
    absences: new MongoAbsenceRepository(database.db),
    messenger,
    reports: {
      source: new MongoReportSource(database.db),
      downloads: new MongoReportDownloadRepository(database.db),
      publicUrl: () => config.publicUrl ?? `http://localhost:${listeningPort}`,
    },
  };
  // Plans stored before the digest counters existed (or in a restored database) get them now.
  await rebuildProjections(database.db, logger, { onlyMissing: true });
  const bot = new IkBot(services);
  const http = createServer({
    adapter,
    bot,
    logger,
    isReady: () => database.ping(),
    reportDownloads: { downloads: services.reports.downloads, now },
  });
  try {
    await new Promise<void>((resolve, reject) => {
      http.server.once('error', reject);
      http.server.listen(config.port, '0.0.0.0', () => resolve());
    });
  } catch (error) {
    await database.close();
    throw new Error(
      `Cannot listen on port ${config.port}: ${(error as Error).message}. Set PORT to a free port.`,
    );
  }
  const address = http.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  listeningPort = port;
  logger.info(
    {
      port,
      database: database.description,
      mode: config.localMode ? 'local' : config.microsoft.appType,
    },
    config.localMode
      ? `ikbot listening on http://localhost:${port}/api/messages in LOCAL MODE: no Microsoft credentials, requests are not authenticated (use the Bot Framework Emulator, or set MicrosoftAppId/MicrosoftAppPassword for Teams).`
      : `ikbot listening on port ${port}/api/messages; incoming requests are verified for app ${config.microsoft.appId}.`,
  );
  let scheduler: RunningScheduler | undefined;
  if (config.scheduler.enabled) {
    const tick = createReminderTick(config, database.db, messenger, logger, now);
    scheduler = startScheduler({
      tickCron: config.scheduler.tickCron,
      timeZone: config.timeZone,
      logger,
      tick: () => tick(),
    });
  }
  let digestSchedule: RunningDigestSchedule | undefined;
  if (config.scheduler.enabled) {
    digestSchedule = startDigestSchedule({
      digestCron: config.scheduler.digestCron,
      timeZone: config.timeZone,
      logger,
      run: () =>
        sendWeeklyDigests(
          {
            plans: services.plans,
            ...services.digests,
            messenger,
            timeZone: config.timeZone,
            tenantId: config.allowedTenants[0] ?? config.microsoft.tenantId,
          },
          now(),
        ),
    });
  }
  let rebuildSchedule: RunningCronJob | undefined;
  if (config.scheduler.enabled) {
    rebuildSchedule = startCronJob({
      name: 'rebuild-projections',
      cron: config.scheduler.rebuildCron,
      timeZone: config.timeZone,
      logger,
      run: () => rebuildProjections(database.db, logger),
      doneMessage: 'Digest counters and report lines rebuilt from the stored occasions.',
      failedMessage:
        'Rebuilding the digest counters and report lines failed; digests may be off until it succeeds. Run `ikbot projections rebuild` once the cause (see the error) is fixed.',
    });
  }
  if (!config.localMode && !config.publicUrl) {
    logger.warn(
      'IKBOT_PUBLIC_URL is not set: report download links in channels will point at localhost. ' +
        "Set it to the bot's public https address (the host of the messaging endpoint).",
    );
  }
  let stopped = false;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    database,
    services,
    stop: async () => {
      if (stopped) return;
      stopped = true;
      await http.drain(15_000);
      // A reminder pass in progress finishes before the database closes.
      await scheduler?.stop();
      await digestSchedule?.stop();
      await rebuildSchedule?.stop();
      await database.close();
      logger.info('ikbot stopped: requests drained, database closed.');
    },
  };
}
