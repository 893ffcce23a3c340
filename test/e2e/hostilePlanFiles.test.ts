import { mkdtempSync, rmSync, writeFileSync, openSync, writeSync, closeSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runCli } from '../../src/cli/runCli';
import { planFileLimits } from '../../src/planFiles/planFileLimits';
import { aliasBombYaml, deepJson, manyKeysYaml, zipBomb } from '../support/hostilePlanFiles';
import { startTestBot, type TestBot } from '../support/startTestBot';
import { textSink } from '../support/textSink';
import { admin } from '../support/testUsers';

/** While `work` runs: /healthz asked back to back (every answer and its latency) and the peak RSS. */
async function whileWatching<T>(
  url: string,
  work: () => Promise<T>,
): Promise<{
  value: T;
  ms: number;
  health: number[];
  failures: number;
  peakRssMb: number;
  baseRssMb: number;
}> {
  const baseRssMb = process.memoryUsage().rss / 1e6;
  let peakRssMb = baseRssMb;
  const health: number[] = [];
  let failures = 0;
  let running = true;
  const memory = setInterval(() => {
    peakRssMb = Math.max(peakRssMb, process.memoryUsage().rss / 1e6);
  }, 10);
  const poll = (async () => {
    while (running) {
      const started = performance.now();
      const ok = await fetch(`${url}/healthz`)
        .then((response) => response.ok)
        .catch(() => false);
      if (ok) health.push(performance.now() - started);
      else failures += 1;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  })();
  const started = performance.now();
  const value = await work();
  const ms = performance.now() - started;
  running = false;
  await poll;
  clearInterval(memory);
  return {
    value,
    ms,
    health,
    failures,
    peakRssMb: Math.max(peakRssMb, process.memoryUsage().rss / 1e6),
    baseRssMb,
  };
}

function p99(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.99))] ?? 0;
}

describe('hostile plan files', () => {
  let bot: TestBot;
  let dir: string;
  const measured: string[] = [];

  beforeAll(async () => {
    bot = await startTestBot({ label: 'hostile', env: { IKBOT_ADMINS: admin.aadObjectId } });
    dir = mkdtempSync(path.join(os.tmpdir(), 'ikbot-hostile-'));
  });
  afterAll(async () => {
    // The measurements for the report (p99 of /healthz during each check, peak RSS growth).
    process.stdout.write(`${measured.join('\n')}\n`);
    rmSync(dir, { recursive: true, force: true });
    await bot.stop();
  });

  async function upload(name: string, content: Buffer) {
    bot.connector.reset();
    const served = bot.connector.serveFile(name, content);
    const watched = await whileWatching(bot.app.url, () =>
      bot.post(bot.activities.fileMessage({ user: admin, file: { name, ...served } })),
    );
    const sent = bot.connector.sent();
    measured.push(
      `${name}: ${Math.round(watched.ms)} ms, /healthz ${watched.health.length} answers p99 ${p99(watched.health).toFixed(1)} ms, ` +
        `RSS ${Math.round(watched.baseRssMb)} -> peak ${Math.round(watched.peakRssMb)} MB`,
    );
    return { ...watched, text: sent[sent.length - 1]?.activity.text ?? '' };
  }

  it.each([
    ['keys.yaml', () => manyKeysYaml(60_000), /fler än 50\s000 fält och värden/],
    ['laughs.yaml', () => aliasBombYaml(), /YAML-alias/],
    ['deep.json', () => deepJson(5_000), /nästlad för djupt/],
    ['bomb.xlsx', () => zipBomb(300), /packas upp till 300 MB/],
    ['liar.xlsx', () => zipBomb(300, 4096), /packas upp till mer än 32 MB/],
  ])(
    'refuses %s in Teams within 5 s, under 300 MB more memory, while /healthz keeps answering',
    async (name, make, message) => {
      const content = await make();
      const result = await upload(name, content);
      expect(result.value.status).toBe(200);
      expect(result.text).toMatch(/kunde inte|går inte|fel/i);
      expect(result.text).toMatch(message);
      expect(result.text).not.toMatch(/Något gick fel/);
      expect(result.ms).toBeLessThan(5_000);
      expect(result.peakRssMb - result.baseRssMb).toBeLessThan(300);
      expect(result.failures).toBe(0);
      expect(result.health.length).toBeGreaterThan(0);
      expect(await bot.app.database.db.collection('pendingImports').countDocuments()).toBe(0);
    },
    60_000,
  );

  it('refuses a 50 MB YAML file through the CLI at once, naming the limit', async () => {
    const file = path.join(dir, 'huge.yaml');
    const fd = openSync(file, 'w');
    const line = Buffer.from(`# ${'x'.repeat(1021)}\n`);
    for (let i = 0; i < 50 * 1024; i += 1) writeSync(fd, line);
    closeSync(fd);
    const out = textSink();
    const err = textSink();
    const started = performance.now();
    const code = await runCli(['plan', 'import', file], { env: cliEnv(bot), out, err });
    const ms = performance.now() - started;
    measured.push(`CLI huge.yaml (50 MB): ${Math.round(ms)} ms`);
    expect(code).not.toBe(0);
    expect(out.text() + err.text()).toMatch(/högst 1 MB|at most 1 MB/);
    expect(ms).toBeLessThan(5_000);
  });

  it('refuses a zip bomb as an evaluations workbook through the CLI before unpacking it', async () => {
    const file = path.join(dir, 'utvardering.xlsx');
    writeFileSync(file, await zipBomb(300));
    const out = textSink();
    const err = textSink();
    const code = await runCli(['report', 'evaluations', 'import', file], { env: cliEnv(bot), out, err });
    expect(code).toBe(1);
    expect(err.text()).toMatch(/packas upp till 300 MB/);
  });

  it('checks the same limits on the CLI for a hostile file under the size limit', async () => {
    const file = path.join(dir, 'keys.yaml');
    writeFileSync(file, manyKeysYaml(60_000));
    expect(manyKeysYaml(60_000).length).toBeLessThan(planFileLimits.fileBytes);
    const out = textSink();
    const err = textSink();
    const code = await runCli(['plan', 'import', file], { env: cliEnv(bot), out, err });
    expect(code).not.toBe(0);
    expect(out.text() + err.text()).toMatch(/fler än 50\s000 fält|more than 50,000 fields/);
  });
});

function cliEnv(bot: TestBot): NodeJS.ProcessEnv {
  return { MONGODB_URI: process.env.MONGODB_URI, MONGODB_DB: bot.config.mongodbDb, LOG_LEVEL: 'silent' };
}
