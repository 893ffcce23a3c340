import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { MongoClient } from 'mongodb';
import { startEmbeddedMongo } from '../../src/storage/embedded/startEmbeddedMongo';
import { freePort } from '../support/freePort';
import { teamsActivities } from '../support/activities';
import { startFakeConnector, type FakeConnector } from '../support/fakeConnector';
import { postActivity } from '../support/postActivity';
import { performer } from '../support/testUsers';

const root = path.resolve(__dirname, '../..');

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

interface BotProcess {
  child: ChildProcessWithoutNullStreams;
  url: string;
  output: () => string;
  exited: Promise<number | null>;
}

/** Starts the bot the way the README's run command does, on the embedded database (MONGODB_URI unset). */
async function startBotProcess(env: NodeJS.ProcessEnv): Promise<BotProcess> {
  const port = await freePort();
  const childEnv: NodeJS.ProcessEnv = { ...process.env };
  delete childEnv.MONGODB_URI;
  // Local mode (no credentials, unauthenticated) chosen on purpose, on loopback only.
  Object.assign(childEnv, {
    PORT: String(port),
    IKBOT_SCHEDULER: 'off',
    IKBOT_LOCAL_MODE: 'true',
    IKBOT_HOST: '127.0.0.1',
    ...env,
  });
  const child = spawn(process.execPath, ['--no-deprecation', '--import', 'tsx', 'src/main.ts'], {
    cwd: root,
    env: childEnv,
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The bot exited at start: ${output}`);
    const ok = await fetch(`${url}/healthz`)
      .then((response) => response.ok)
      .catch(() => false);
    if (ok) return { child, url, output: () => output, exited };
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  child.kill('SIGKILL');
  throw new Error(`The bot did not answer /healthz within 60 s: ${output}`);
}

function runToExit(env: NodeJS.ProcessEnv): Promise<{ code: number | null; output: string }> {
  const childEnv: NodeJS.ProcessEnv = { ...process.env };
  delete childEnv.MONGODB_URI;
  Object.assign(childEnv, env);
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--no-deprecation', '--import', 'tsx', 'src/main.ts'], {
      cwd: root,
      env: childEnv,
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => resolve({ code, output }));
  });
}

describe('the bot as a process (npm start) on the embedded database', () => {
  let dataDir: string;
  let connector: FakeConnector;

  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(os.tmpdir(), 'ikbot-process-'));
    connector = await startFakeConnector({ latencyMs: 300 });
  });
  afterAll(async () => {
    await connector.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('serves health, answers help, drains a turn in flight on SIGTERM and keeps the conversation reference across a restart', async () => {
    const activities = teamsActivities(connector.url);
    const first = await startBotProcess({ IKBOT_DATA_DIR: dataDir });
    expect(first.output()).toMatch(/LOCAL MODE/);
    expect((await fetch(`${first.url}/readyz`)).status).toBe(200);

    const install = await postActivity(
      first.url,
      activities.installationUpdate({ action: 'add', user: performer }),
    );
    expect(install.status).toBe(200);

    // The fake connector answers after 300 ms: SIGTERM arrives while the turn is in flight.
    const inFlight = postActivity(first.url, activities.message({ text: 'hjälp', user: performer }));
    await new Promise((resolve) => setTimeout(resolve, 100));
    first.child.kill('SIGTERM');
    expect((await inFlight).status).toBe(200);
    expect(await first.exited).toBe(0);
    expect(connector.sent().map((sent) => sent.activity.text)).toEqual([
      expect.stringMatching(/^Hej/),
      expect.stringMatching(/Det här kan du skriva till mig/),
    ]);

    const second = await startBotProcess({ IKBOT_DATA_DIR: dataDir });
    const help = await postActivity(
      second.url,
      activities.message({ text: 'help', user: performer, locale: 'en-GB' }),
    );
    expect(help.status).toBe(200);
    second.child.kill('SIGINT');
    expect(await second.exited).toBe(0);

    // Read what the bot left on disk with a database of our own on the same folder.
    const database = await startEmbeddedMongo({
      projectRoot: root,
      backend: { kind: 'h2', file: path.join(dataDir, 'ikbot.mv.db') },
    });
    const client = await MongoClient.connect(database.uri);
    try {
      const stored = await client
        .db('ikbot')
        .collection('conversations')
        .findOne({ kind: 'personal', aadObjectId: performer.aadObjectId });
      expect(stored).toMatchObject({ installed: true, tenantId: performer.tenantId });
      expect(stored?.reference).toMatchObject({ serviceUrl: connector.url });
    } finally {
      await client.close();
      await database.stop();
    }
  }, 180_000);

  it('never leaves the embedded database running, also when the bot is killed with SIGKILL', async () => {
    const bot = await startBotProcess({ IKBOT_DATA_DIR: dataDir });
    const running = JSON.parse(readFileSync(path.join(dataDir, 'embedded-mongo.json'), 'utf8')) as {
      pid: number;
    };
    expect(isAlive(running.pid)).toBe(true);
    bot.child.kill('SIGKILL');
    await bot.exited;
    // The database sees its stdin pipe close and shuts down; wait for that event, not a fixed time.
    while (isAlive(running.pid)) await new Promise((resolve) => setTimeout(resolve, 100));
    expect(isAlive(running.pid)).toBe(false);

    // The data folder is free again: the next start opens the same H2 file.
    const next = await startBotProcess({ IKBOT_DATA_DIR: dataDir });
    expect((await fetch(`${next.url}/readyz`)).status).toBe(200);
    next.child.kill('SIGTERM');
    expect(await next.exited).toBe(0);
  }, 180_000);

  it('exits non-zero on bad configuration, naming every bad variable', async () => {
    const { code, output } = await runToExit({
      PORT: 'abc',
      MicrosoftAppType: 'SingleTenant',
      IKBOT_DATA_DIR: dataDir,
    });
    expect(code).toBe(2);
    expect(output).toMatch(/PORT="abc"/);
    expect(output).toMatch(/MicrosoftAppId is missing/);
    expect(output).toMatch(/MicrosoftAppTenantId is missing/);
    expect(output).not.toMatch(/listening/);
  }, 60_000);

  it('refuses to start unauthenticated where it looks like production, naming what is missing', async () => {
    const { code, output } = await runToExit({
      PORT: String(await freePort()),
      IKBOT_HOST: '0.0.0.0',
      MONGODB_URI: 'mongodb://ikbot:secret@db.kommun.example.se:27017/ikbot',
      IKBOT_PUBLIC_URL: 'https://ikbot.kommun.example.se',
      IKBOT_DATA_DIR: dataDir,
    });
    expect(code).toBe(2);
    expect(output).toMatch(/MicrosoftAppId and MicrosoftAppPassword .* are missing/);
    expect(output).toMatch(/MONGODB_URI points at a database on db\.kommun\.example\.se/);
    expect(output).toMatch(/IKBOT_PUBLIC_URL=https:\/\/ikbot\.kommun\.example\.se/);
    expect(output).toMatch(/IKBOT_HOST=0\.0\.0\.0 listens beyond this machine/);
    expect(output).not.toMatch(/secret/);
    expect(output).not.toMatch(/listening/);
  }, 60_000);

  it('refuses a MultiTenant bot without a tenant allow-list', async () => {
    const { code, output } = await runToExit({
      PORT: String(await freePort()),
      MicrosoftAppId: '0f9e8d7c-6b5a-4c3d-8e2f-1a0b9c8d7e6f',
      MicrosoftAppPassword: 'not-a-real-secret',
      MicrosoftAppType: 'MultiTenant',
      IKBOT_DATA_DIR: dataDir,
    });
    expect(code).toBe(2);
    expect(output).toMatch(
      /IKBOT_ALLOWED_TENANTS is missing: a MultiTenant bot without it serves every Microsoft 365 tenant/,
    );
  }, 60_000);
});
