import type { Db } from 'mongodb';
import { createReminderTick, type ReminderTick } from '../../src/app/createReminderTick';
import { readConfig, type Config } from '../../src/config/readConfig';
import { createLogger } from '../../src/logging/createLogger';
import { MongoAbsenceRepository } from '../../src/storage/mongo/people/MongoAbsenceRepository';
import { MongoConversationRepository } from '../../src/storage/mongo/people/MongoConversationRepository';
import { MongoOutbox } from '../../src/storage/mongo/outbox/MongoOutbox';
import { ensureIndexes } from '../../src/storage/mongo/database/ensureIndexes';
import { createAdapter } from '../../src/teams/createAdapter';
import { TeamsMessenger } from '../../src/teams/TeamsMessenger';
import {
  startFakeConnector,
  type FakeConnector,
  type FakeConnectorOptions,
  type SentActivity,
} from '../support/fakeConnector';
import { openTestDatabase, type TestDatabase } from '../support/testDatabase';
import { testTenant } from '../support/testUsers';

export interface ReminderHarness {
  db: Db;
  database: TestDatabase & { drop(): Promise<void> };
  connector: FakeConnector;
  config: Config;
  env: NodeJS.ProcessEnv;
  outbox: MongoOutbox;
  absences: MongoAbsenceRepository;
  /** One pass at `now`, in this process, through the real TeamsMessenger and the fake connector. */
  tick(now: Date | string, overrides?: Parameters<ReminderTick>[0]): ReturnType<ReminderTick>;
  /** Reminder lines of every message sent, with the conversation they went to. */
  lines(sent?: SentActivity[]): Array<{ conversationId: string; line: string }>;
  close(): Promise<void>;
}

/** A fresh database, a fake connector and the reminder pass wired like `ikbot tick`. */
export async function startReminderHarness(
  label: string,
  connectorOptions: FakeConnectorOptions = {},
): Promise<ReminderHarness> {
  const database = await openTestDatabase(label);
  await ensureIndexes(database.db);
  const connector = await startFakeConnector(connectorOptions);
  const env: NodeJS.ProcessEnv = {
    MONGODB_URI: database.uri,
    MONGODB_DB: database.name,
    IKBOT_ALLOWED_TENANTS: testTenant.id,
    IKBOT_SERVICE_URL: connector.url,
    IKBOT_SCHEDULER: 'off',
    LOG_LEVEL: process.env.IKBOT_TEST_LOG_LEVEL ?? 'silent',
  };
  const config = readConfig(env);
  const logger = createLogger(config.logLevel);
  let now = new Date();
  const messenger = new TeamsMessenger({
    adapter: createAdapter(config, logger),
    conversations: new MongoConversationRepository(database.db),
    appId: '',
    serviceUrl: connector.url,
    logger,
    now: () => now,
  });
  const tick = createReminderTick(config, database.db, messenger, logger, () => now);
  return {
    db: database.db,
    database,
    connector,
    config,
    env,
    outbox: new MongoOutbox(database.db),
    absences: new MongoAbsenceRepository(database.db),
    tick: (instant, overrides) => {
      now = new Date(instant);
      return tick({ sleep: (ms) => new Promise((r) => setTimeout(r, Math.min(ms, 50))), ...overrides });
    },
    lines: (sent = connector.sent()) =>
      sent.flatMap((activity) =>
        (activity.activity.text ?? '')
          .split('\n')
          .filter((line) => line.startsWith('- '))
          .map((line) => ({ conversationId: activity.conversationId, line })),
      ),
    close: async () => {
      await connector.close();
      await database.drop();
    },
  };
}

/** The person a 1:1 conversation created by the fake connector belongs to. */
export function memberOf(connector: FakeConnector, conversationId: string): string {
  return connector.conversations.get(conversationId)?.members[0]?.id ?? '?';
}
