import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { peoplePlan } from '../support/peoplePlan';
import { MongoClient } from 'mongodb';
import { startEmbeddedMongo } from '../../src/storage/embedded/startEmbeddedMongo';
import { freePort } from '../support/freePort';
import { testTenant } from '../support/testUsers';
import { storePlan } from './remindersSetup';

const root = path.resolve(__dirname, '../..');
const PEOPLE = 5;

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** A Bot Connector that cannot be reached: it takes each connection and drops it unanswered. */
function unreachableConnector(): Promise<{ server: Server; url: string; nextConnection(): Promise<void> }> {
  return new Promise((resolve) => {
    const waiting: Array<() => void> = [];
    const server = createServer((socket) => {
      waiting.splice(0).forEach((wake) => wake());
      socket.destroy();
    });
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      resolve({
        server,
        url: `http://127.0.0.1:${port}/`,
        nextConnection: () => new Promise<void>((wake) => waiting.push(wake)),
      });
    });
  });
}

async function readOutbox(dataDir: string): Promise<{ items: number; sent: number; started: number }> {
  const database = await startEmbeddedMongo({
    projectRoot: root,
    backend: { kind: 'h2', file: path.join(dataDir, 'ikbot.mv.db') },
  });
  const client = await MongoClient.connect(database.uri);
  try {
    const db = client.db('ikbot');
    return {
      items: await db.collection('outbox').countDocuments(),
      sent: await db.collection('outboxResults').countDocuments({ status: 'sent' }),
      started: await db.collection('outboxInFlight').countDocuments(),
    };
  } finally {
    await client.close();
    await database.stop();
  }
}

describe('stopping the bot started with the README run command (npm start)', () => {
  let dataDir: string;
  let connector: Awaited<ReturnType<typeof unreachableConnector>>;

  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(os.tmpdir(), 'ikbot-shutdown-'));
    connector = await unreachableConnector();
    // The plan goes into the bot's own data folder before it starts, as an earlier import would leave it.
    const database = await startEmbeddedMongo({
      projectRoot: root,
      backend: { kind: 'h2', file: path.join(dataDir, 'ikbot.mv.db') },
    });
    const client = await MongoClient.connect(database.uri);
    try {
      await storePlan(
        client.db('ikbot'),
        peoplePlan({ id: 'STOP-2025', title: 'Plan för avstängningstestet', people: PEOPLE }),
      );
    } finally {
      await client.close();
      await database.stop();
    }
  }, 120_000);
  afterAll(() => {
    connector.server.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  interface RunningBot {
    npm: ChildProcess;
    output(): string;
    exited: Promise<number | null>;
    databasePid: number;
  }

  /** `npm start` on the data folder, returned once its reminder pass is trying to reach the connector. */
  async function startBotWithPassInFlight(): Promise<RunningBot> {
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      PORT: String(await freePort()),
      IKBOT_DATA_DIR: dataDir,
      IKBOT_SERVICE_URL: connector.url,
      IKBOT_ALLOWED_TENANTS: testTenant.id,
      IKBOT_TICK_CRON: '* * * * * *',
      LOG_LEVEL: 'info',
      // 2025-02-07 09:00 in Stockholm, a working morning when January's reminders are due.
      IKBOT_TEST_CLOCK: '2025-02-07T08:00:00Z',
      NODE_OPTIONS: `--require ${path.join(__dirname, '../support/shiftClock.cjs')}`,
    };
    delete env.MONGODB_URI;
    const connected = connector.nextConnection();
    const npm = spawn('npm', ['start', '--silent'], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    npm.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    npm.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => npm.once('exit', (code) => resolve(code)));
    await Promise.race([
      connected,
      exited.then(() => {
        throw new Error(`npm start exited before sending: ${output}`);
      }),
    ]);
    const { pid: databasePid } = JSON.parse(
      readFileSync(path.join(dataDir, 'embedded-mongo.json'), 'utf8'),
    ) as { pid: number };
    return { npm, output: () => output, exited, databasePid };
  }

  /** The exit code, or 'still running' after `ms` (then the bot and its database are killed). */
  async function exitWithin(bot: RunningBot, ms: number): Promise<number | null | 'still running'> {
    let watchdog: NodeJS.Timeout | undefined;
    const code = await Promise.race([
      bot.exited,
      new Promise<'still running'>((resolve) => {
        watchdog = setTimeout(() => resolve('still running'), ms);
      }),
    ]);
    clearTimeout(watchdog);
    if (code === 'still running') bot.npm.kill('SIGKILL');
    if (code !== 0 && isAlive(bot.databasePid)) {
      // A failed stop must not leave the bot (the database's parent) and its database behind.
      const parent = Number(
        readFileSync(`/proc/${bot.databasePid}/stat`, 'utf8').split(') ')[1]?.split(' ')[1],
      );
      if (parent > 1) process.kill(parent, 'SIGKILL');
    }
    return code;
  }

  it('SIGTERM during a reminder pass against an unreachable connector: exit 0 within 10 s, no database left, unsent reminders kept', async () => {
    const bot = await startBotWithPassInFlight();
    expect(isAlive(bot.databasePid)).toBe(true);

    bot.npm.kill('SIGTERM');
    // The bound: a container runtime sends SIGKILL 10 s after SIGTERM.
    const code = await exitWithin(bot, 10_000);
    expect({ code, output: code === 0 ? '' : bot.output() }).toEqual({ code: 0, output: '' });
    expect(bot.output()).toMatch(/SIGTERM received/);
    expect(bot.output()).toMatch(/ikbot stopped/);
    // The bot waited for its database to exit before it did.
    expect(isAlive(bot.databasePid)).toBe(false);

    // Nothing was delivered; every reminder stays in the outbox. The one whose request was on the
    // wire at the deadline keeps its in-flight marker (the next pass records it as unconfirmed).
    const outbox = await readOutbox(dataDir);
    expect(outbox.items).toBe(PEOPLE);
    expect(outbox.sent).toBe(0);
    expect(outbox.started).toBeLessThanOrEqual(1);
  }, 180_000);

  it('a second signal while stopping exits at once, and the database goes with the bot', async () => {
    const bot = await startBotWithPassInFlight();
    bot.npm.kill('SIGTERM');
    // Wait for the bot to take the first signal, then give a second one: signals within a second
    // count as one (Ctrl-C reaches node from the terminal and through npm), so it comes after that.
    while (!/SIGTERM received/.test(bot.output())) await new Promise((resolve) => setTimeout(resolve, 50));
    await new Promise((resolve) => setTimeout(resolve, 1_200));
    bot.npm.kill('SIGTERM');
    const code = await exitWithin(bot, 10_000);
    expect({ code, output: code === 1 ? '' : bot.output() }).toEqual({ code: 1, output: '' });
    expect(bot.output()).toMatch(/SIGTERM again: stopping now/);
    expect(isAlive(bot.databasePid)).toBe(false);
    expect((await readOutbox(dataDir)).sent).toBe(0);
  }, 180_000);
});
