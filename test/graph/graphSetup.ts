import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { createReminderTick, type ReminderTick } from '../../src/app/createReminderTick';
import { Writable } from 'node:stream';
import pino from 'pino';
import { importPlan } from '../../src/usecases/importPlan';
import { startFakeGraph, type FakeGraph, type FakeGraphUser } from '../support/fakeGraph';
import { teamsErrors } from '../support/fakeConnector';
import { startTestBot, type TestBot } from '../support/startTestBot';
import {
  admin as sara,
  performer as erik,
  testBotAppId,
  testTenant,
  unitManager as anna,
} from '../support/testUsers';

export const graphPlanFile = path.resolve(__dirname, '../fixtures/plans/graph-2025.yaml');

/** Olle exists only in the fake Graph and the graph plan: his account is disabled. */
export const olle: FakeGraphUser = {
  id: 'e6666666-7a8b-4c9d-8e0f-1a2b3c4d5e6f',
  userPrincipalName: 'olle.ek@exempelby.se',
  mail: 'olle.ek@exempelby.se',
  displayName: 'Olle Ek',
  accountEnabled: false,
};

const directoryUser = (user: typeof erik): FakeGraphUser => ({
  id: user.aadObjectId,
  userPrincipalName: user.userPrincipalName,
  mail: user.email,
  displayName: user.name,
  accountEnabled: true,
});

export interface GraphWorld {
  bot: TestBot;
  graph: FakeGraph;
  tick(now: string): ReturnType<ReminderTick>;
  importGraphPlan(fileName?: string, content?: Buffer): ReturnType<typeof importPlan>;
  close(): Promise<void>;
}

/** The bot with Graph pointed at a fake Graph, whose directory knows the test users and Olle. */
export async function startGraphWorld(
  label: string,
  options: { graph?: boolean; logLines?: string[] } = {},
): Promise<GraphWorld> {
  const graph = await startFakeGraph({ manifestAppId: testBotAppId });
  for (const user of [erik, anna, sara]) graph.addUser(directoryUser(user));
  graph.addUser(olle);
  const bot = await startTestBot({
    label,
    env: options.graph === false ? {} : graph.env(testTenant.id, testBotAppId),
  });
  // The reminder pass logs at debug into logLines when a test wants to read them.
  const lines = options.logLines;
  const logger = lines
    ? pino(
        { level: 'debug' },
        new Writable({ write: (chunk, _e, done) => (lines.push(String(chunk)), done()) }),
      )
    : pino({ level: 'silent' });
  let now = new Date();
  const tick = createReminderTick(
    bot.config,
    bot.app.database.db,
    bot.app.services.messenger,
    logger,
    () => now,
  );
  return {
    bot,
    graph,
    tick: (instant) => {
      now = new Date(instant);
      bot.setNow(instant);
      return tick({ sleep: (ms) => new Promise((resolve) => setTimeout(resolve, Math.min(ms, 20))) });
    },
    importGraphPlan: async (fileName = 'graph-2025.yaml', content?: Buffer) =>
      importPlan({ content: content ?? (await readFile(graphPlanFile)), fileName }, bot.app.services, {
        importedBy: { system: 'cli' },
        now: new Date('2025-01-10T09:00:00Z'),
      }),
    close: async () => {
      await bot.stop();
      await graph.close();
    },
  };
}

/** Teams refuses to open a 1:1 chat with these people: the app is not installed for them. */
export function appNotInstalledFor(bot: TestBot, ...aadObjectIds: string[]): void {
  bot.connector.failNext({
    status: 403,
    error: teamsErrors.botNotInConversationRoster,
    count: Infinity,
    match: (request) =>
      request.operation === 'createConversation' &&
      aadObjectIds.includes(
        String((request.body as { members?: Array<{ id?: string }> } | undefined)?.members?.[0]?.id),
      ),
  });
}
