import { randomUUID } from 'node:crypto';
import path from 'node:path';
import type { Config } from '../config/readConfig';
import { createServer } from '../http/createServer';
import { peopleDirectoryOf } from '../graph/peopleDirectoryOf';
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
import { MongoReachabilityRepository } from '../storage/mongo/people/MongoReachabilityRepository';
import type { BotServices } from '../teams/BotServices';
import { createAdapter } from '../teams/createAdapter';
import { IkBot } from '../teams/IkBot';
import { localModeServiceUrls } from '../teams/localModeServiceUrls';
import { TeamsMessenger } from '../teams/TeamsMessenger';
import { MongoAbsenceRepository } from '../storage/mongo/people/MongoAbsenceRepository';
import { MongoOnceDeliveries } from '../storage/mongo/outbox/MongoOnceDeliveries';
import { MongoOutbox } from '../storage/mongo/outbox/MongoOutbox';
import { MongoReportDownloadRepository } from '../storage/mongo/reports/MongoReportDownloadRepository';
import { MongoReportSource } from '../storage/mongo/reports/MongoReportSource';
import { MongoVerdictRepository } from '../storage/mongo/reports/MongoVerdictRepository';
import { startScheduler, type RunningScheduler } from '../scheduler/startScheduler';
import { startDigestSchedule, type RunningDigestSchedule } from '../scheduler/startDigestSchedule';
import { startCronJob, type RunningCronJob } from '../scheduler/startCronJob';
import { rebuildProjections } from './rebuildProjections';
import { sendWeeklyDigests } from '../usecases/sendWeeklyDigests';
import { createReminderTick } from './createReminderTick';
import { createTelemetry, type Telemetry } from '../telemetry/Telemetry';
import { measureDatabase } from '../telemetry/measureDatabase';
import { measureMessenger } from '../telemetry/measureMessenger';
import { traceTurns } from '../teams/traceTurns';
import { watchDatabaseHealth } from './watchDatabaseHealth';
import { answersWithin } from './answersWithin';
import { purgePersonalData } from './purgePersonalData';
import { MongoPersonalData } from '../storage/personalData/MongoPersonalData';
import { GridFsEvidenceStore } from '../storage/mongo/evidence/GridFsEvidenceStore';
import { MongoEvidenceRepository } from '../storage/mongo/evidence/MongoEvidenceRepository';
import { MongoOccasionPartRepository } from '../storage/mongo/results/MongoOccasionPartRepository';
import { MongoAttestationRepository } from '../storage/mongo/results/MongoAttestationRepository';
import { SharePointEvidenceStore } from '../storage/evidence/SharePointEvidenceStore';
import { graphAppToken } from '../storage/evidence/graphAppToken';
import type { EvidenceContentStore } from '../domain/ports/EvidenceContentStore';
import { TransferPace } from '../usecases/evidence/TransferPace';
import {
  DEFAULT_EVIDENCE_WRITE_BURST_BYTES,
  DEFAULT_EVIDENCE_WRITE_BYTES_PER_SECOND,
} from '../domain/evidence/evidenceLimits';

export interface RunningApp {
  url: string;
  port: number;
  database: Database;
  services: BotServices;
  /**
   * Stops taking requests, lets turns in flight finish, stops the scheduler (a reminder pass hands
   * back what it has not sent; a send in flight gets a short deadline) and closes the database.
   */
  stop(): Promise<void>;
  /** When stop() takes too long or a second signal comes: closes the database now, abandoning work in flight. */
  abandon(): Promise<void>;
}

export interface StartOptions {
  logger?: Logger;
  now?: () => Date;
  projectRoot?: string;
  /** Spans and metrics; by default on the global OpenTelemetry providers (see startTelemetry). */
  telemetry?: Telemetry;
  /** The Graph token for the SharePoint evidence store; by default the app's client credentials. */
  graphToken?: () => Promise<string>;
}

/** The composition root: wires the database, the use cases and the Teams edge, then listens. */
export async function startApp(config: Config, options: StartOptions = {}): Promise<RunningApp> {
  const logger = options.logger ?? createLogger(config.logLevel);
  const projectRoot = options.projectRoot ?? path.resolve(__dirname, '../..');
  const telemetry =
    options.telemetry ?? createTelemetry({ recording: Boolean(config.applicationInsightsConnectionString) });
  const database = await openDatabase({
    mongodbUri: config.mongodbUri,
    mongodbDb: config.mongodbDb,
    dataDir: path.resolve(projectRoot, config.dataDir),
    projectRoot,
    monitorCommands: telemetry.recording,
  });
  if (telemetry.recording) measureDatabase(database.client, telemetry);
  const now = options.now ?? (() => new Date());
  const adapter = createAdapter(config, logger);
  adapter.use(traceTurns(telemetry));
  const teamsMessenger = new TeamsMessenger({
    adapter,
    conversations: new MongoConversationRepository(database.db),
    appId: config.microsoft.appId,
    serviceUrl: config.reminders.serviceUrl,
    logger,
    now,
    mayReach: localModeServiceUrls(config),
  });
  const messenger = measureMessenger(teamsMessenger, telemetry);
  const databaseHealth = watchDatabaseHealth(database.client);
  // Known once the server listens (PORT=0 picks a free port).
  let listeningPort = config.port;
  const evidenceRepository = new MongoEvidenceRepository(database.db);
  const partRepository = new MongoOccasionPartRepository(database.db);
  const occasionRepository = new MongoOccasionRepository(database.db);
  const attestationRepository = new MongoAttestationRepository(database.db);
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
      actions: { repository: new MongoActionRepository(database.db), policy: config.reminders },
      reachability: new MongoReachabilityRepository(database.db),
      parts: partRepository,
      attestation: { occasions: occasionRepository, attestations: attestationRepository },
    },
    outbox: new MongoOutbox(database.db),
    deliveries: new MongoOnceDeliveries(database.db),
    absences: new MongoAbsenceRepository(database.db),
    messenger,
    reports: {
      source: new MongoReportSource(database.db),
      verdicts: new MongoVerdictRepository(database.db),
      downloads: new MongoReportDownloadRepository(database.db),
      publicUrl: () => config.publicUrl ?? `http://localhost:${listeningPort}`,
    },
    databaseHealth,
    directory: peopleDirectoryOf(config),
    reachability: new MongoReachabilityRepository(database.db),
    parts: partRepository,
    attestations: attestationRepository,
    evidence: {
      repository: evidenceRepository,
      content: evidenceContentStore(config, database, options.graphToken),
      limits: { maxBytes: config.evidence.maxBytes },
      pace: new TransferPace(DEFAULT_EVIDENCE_WRITE_BYTES_PER_SECOND, DEFAULT_EVIDENCE_WRITE_BURST_BYTES),
      publicUrl: () => config.publicUrl ?? `http://localhost:${listeningPort}`,
    },
  };
  await evidenceRepository.ensureIndexes();
  await partRepository.ensureIndexes();
  // Plans stored before the digest counters existed (or in a restored database) get them now.
  await rebuildProjections(database.db, logger, { onlyMissing: true });
  const bot = new IkBot(services);
  const http = createServer({
    adapter,
    bot,
    logger,
    // Within 2 s even while the database is down (the driver's server selection waits 10 s).
    isReady: async () => databaseHealth.available() && answersWithin(database.ping(), 1500, false),
    reportDownloads: { downloads: services.reports.downloads, now },
    evidenceDownloads: { repository: services.evidence.repository, content: services.evidence.content, now },
  });
  try {
    await new Promise<void>((resolve, reject) => {
      http.server.once('error', reject);
      http.server.listen(config.port, config.host, () => resolve());
    });
  } catch (error) {
    await database.close();
    throw new Error(
      `Cannot listen on ${config.host}:${config.port}: ${(error as Error).message}. Set PORT to a free port (and IKBOT_HOST to an address of this machine).`,
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
      ? `ikbot listening on http://${config.host}:${port}/api/messages in LOCAL MODE: no Microsoft credentials, requests are not authenticated (talk to it with "npm run playground", the Microsoft 365 Agents Playground, or set MicrosoftAppId/MicrosoftAppPassword for Teams).`
      : `ikbot listening on port ${port}/api/messages; incoming requests are verified for app ${config.microsoft.appId}.`,
  );
  let scheduler: RunningScheduler | undefined;
  if (config.scheduler.enabled) {
    const tick = createReminderTick(config, database.db, messenger, logger, now, telemetry);
    scheduler = startScheduler({
      tickCron: config.scheduler.tickCron,
      timeZone: config.timeZone,
      logger,
      tick: (signal) => tick({ signal }),
    });
  }
  let digestSchedule: RunningDigestSchedule | undefined;
  /** This process's name on the weekly digests' delivery claims. */
  const digestOwner = `digests-${randomUUID()}`;
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
            deliveries: services.deliveries,
            owner: digestOwner,
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
  const personalData = new MongoPersonalData(database.db);
  await purgePersonalData(personalData, config.retention, now(), logger);
  let purgeSchedule: RunningCronJob | undefined;
  if (config.scheduler.enabled) {
    purgeSchedule = startCronJob({
      name: 'purge-personal-data',
      cron: config.scheduler.rebuildCron,
      timeZone: config.timeZone,
      logger,
      run: () => purgePersonalData(personalData, config.retention, now(), logger).then(() => undefined),
      doneMessage: 'Personal data past its retention removed.',
      failedMessage:
        'Removing personal data past its retention failed; it is tried again next night. Check the database connection (see the error).',
    });
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
      // Turns drain while a reminder pass stops at its next message; both end before the database closes.
      await Promise.all([
        http.drain(5_000),
        scheduler?.stop(),
        digestSchedule?.stop(),
        rebuildSchedule?.stop(),
        purgeSchedule?.stop(),
      ]);
      await database.close();
      logger.info('ikbot stopped: requests drained, database closed.');
    },
    abandon: async () => {
      stopped = true;
      http.server.close();
      await database.client.close(true).catch(() => undefined);
      await database.close().catch(() => undefined);
    },
  };
}

/** GridFS by default; the SharePoint library through Graph when IKBOT_EVIDENCE_STORE=sharepoint. */
function evidenceContentStore(
  config: Config,
  database: Database,
  graphToken: (() => Promise<string>) | undefined,
): EvidenceContentStore {
  const sharePoint = config.evidence.sharePoint;
  if (!sharePoint) return new GridFsEvidenceStore(database.db);
  return new SharePointEvidenceStore({
    graphUrl: sharePoint.graphUrl,
    driveId: sharePoint.driveId,
    rootFolder: sharePoint.folder,
    token: graphToken ?? graphAppToken(config.microsoft),
  });
}
