import path from 'node:path';
import { startApp, type RunningApp } from '../../src/app/startApp';
import { readConfig, type Config } from '../../src/config/readConfig';
import { createLogger, type Logger } from '../../src/logging/createLogger';
import type { Telemetry } from '../../src/telemetry/Telemetry';
import { teamsActivities } from './activities';
import { startFakeConnector, type FakeConnector } from './fakeConnector';
import { postActivity } from './postActivity';
import { openTestDatabase } from './testDatabase';
import { admin, testTenant } from './testUsers';
import type { Activity } from './activities';

export interface TestBot {
  app: RunningApp;
  connector: FakeConnector;
  config: Config;
  /** Activity builders with the fake connector's serviceUrl filled in. */
  activities: ReturnType<typeof teamsActivities>;
  /** Posts an activity to the bot's /api/messages. */
  post(activity: Activity, options?: { token?: string }): ReturnType<typeof postActivity>;
  /** The instant the bot sees as now; tests move it with setNow. */
  setNow(instant: Date | string): void;
  /**
   * Stops the bot and the fake connector, then drops the test database; with `drop: false` (the
   * database is down) it only closes the test's own client, whose monitor would otherwise keep
   * knocking at the dead server and keep the jest worker from exiting.
   */
  stop(options?: { drop?: boolean }): Promise<void>;
}

export interface TestBotOptions {
  /** Extra environment variables (on top of a local-mode config on a fresh test database). */
  env?: NodeJS.ProcessEnv;
  now?: Date | string;
  label?: string;
  /** A logger of the test's own (to read what the bot logged); default one at IKBOT_TEST_LOG_LEVEL. */
  logger?: Logger;
  /** A database server of the test's own instead of the run's shared one. */
  databaseUri?: string;
  /** Telemetry that records (as with Azure Monitor configured); default: none recording. */
  telemetry?: Telemetry;
}

/**
 * The real bot (HTTP server, botbuilder, MongoDB adapters) in this process, on a database of its
 * own and a fake Bot Connector. Only Microsoft's side of the wire is emulated.
 */
export async function startTestBot(options: TestBotOptions = {}): Promise<TestBot> {
  const database = await openTestDatabase(options.label ?? 'bot', options.databaseUri);
  const connector = await startFakeConnector();
  try {
    return await startOn(database, connector, options);
  } catch (error) {
    await connector.close();
    await database.drop();
    throw error;
  }
}

async function startOn(
  database: Awaited<ReturnType<typeof openTestDatabase>>,
  connector: FakeConnector,
  options: TestBotOptions,
): Promise<TestBot> {
  const withCredentials = Boolean(options.env?.MicrosoftAppId);
  const config = readConfig({
    PORT: '0',
    // Unauthenticated requests from the fake Teams, chosen on purpose (only on loopback, as startApp listens).
    ...(withCredentials ? {} : { IKBOT_LOCAL_MODE: 'true' }),
    IKBOT_HOST: '127.0.0.1',
    MONGODB_URI: database.uri,
    MONGODB_DB: database.name,
    IKBOT_ADMINS: admin.aadObjectId,
    IKBOT_ALLOWED_TENANTS: testTenant.id,
    IKBOT_SCHEDULER: 'off',
    // 1:1 chats for people without a stored conversation are opened on the fake connector.
    IKBOT_SERVICE_URL: connector.url,
    LOG_LEVEL: process.env.IKBOT_TEST_LOG_LEVEL ?? 'silent',
    ...options.env,
  });
  let now = new Date(options.now ?? Date.now());
  const app = await startApp(config, {
    logger: options.logger ?? createLogger(config.logLevel),
    now: () => new Date(now),
    projectRoot: path.resolve(__dirname, '../..'),
    telemetry: options.telemetry,
  });
  return {
    app,
    connector,
    config,
    activities: teamsActivities(connector.url),
    post: (activity, postOptions) => postActivity(app.url, activity, postOptions),
    setNow: (instant) => {
      now = new Date(instant);
    },
    stop: async ({ drop = true } = {}) => {
      await app.stop();
      await connector.close();
      if (drop) await database.drop();
      else await database.client.close();
    },
  };
}
