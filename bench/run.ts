/**
 * `npm run bench` runs every bench/*.bench.ts one after another; `npm run bench -- digests` (or
 * several names, or prefixes) runs only those. Each bench runs in a process of its own, so its
 * peak memory is its own, and starts its own database (mongo-java-server's memory backend, or
 * MONGODB_URI when set). A bench prints progress lines and, last, one JSON object with its
 * targets, measured values and met/missed; this runner adds the name and time, writes it to
 * bench/results/<name>.json (git-ignored) and prints it as one line. Exit code 1 when a bench
 * failed or missed a target.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildBot } from './support/buildBot';

const benchDir = __dirname;
const resultsDir = path.join(benchDir, 'results');
mkdirSync(resultsDir, { recursive: true });
const available = readdirSync(benchDir)
  .filter((file) => file.endsWith('.bench.ts'))
  .map((file) => file.replace(/\.bench\.ts$/, ''))
  .sort();
const wanted = process.argv.slice(2);
const unknown = wanted.filter((name) => !available.some((bench) => bench.startsWith(name)));
if (unknown.length > 0) {
  process.stderr.write(`No bench named ${unknown.join(', ')}. Benches: ${available.join(', ')}.\n`);
  process.exit(2);
}
const names = available.filter(
  (bench) => wanted.length === 0 || wanted.some((name) => bench.startsWith(name)),
);

// The benches that start the bot measure the production build: compile it once for all of them.
buildBot();
const machine = { cpus: os.cpus().length, node: process.version };
const missed: string[] = [];
for (const name of names) {
  process.stdout.write(`\n== ${name}\n`);
  const started = Date.now();
  const run = spawnSync(
    process.execPath,
    ['--no-deprecation', '--expose-gc', '--import', 'tsx', path.join(benchDir, `${name}.bench.ts`)],
    {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
      maxBuffer: 64 * 1024 * 1024,
      env: { ...process.env, BENCH_BUILT: '1' },
    },
  );
  const lines = run.stdout.trim().split('\n');
  process.stdout.write(`${lines.slice(0, -1).join('\n')}\n`);
  let result: Record<string, unknown>;
  try {
    result = JSON.parse(lines[lines.length - 1]) as Record<string, unknown>;
  } catch {
    result = { met: false, error: `printed no JSON result (exit code ${run.status ?? run.signal})` };
  }
  if (run.status !== 0 && !result.error) result.error = `exit code ${run.status ?? run.signal}`;
  const record: Record<string, unknown> = {
    name,
    at: new Date(started).toISOString(),
    seconds: Math.round((Date.now() - started) / 100) / 10,
    machine: { ...machine, loadAverageAtStart: os.loadavg().map((x) => Math.round(x * 100) / 100) },
    ...result,
  };
  writeFileSync(path.join(resultsDir, `${name}.json`), `${JSON.stringify(record, null, 2)}\n`);
  process.stdout.write(`${JSON.stringify(record)}\n`);
  if (record.met !== true) missed.push(name);
}
process.stdout.write(
  missed.length === 0
    ? `\nAll targets met (${names.join(', ')}); results in bench/results/.\n`
    : `\nMissed or failed: ${missed.join(', ')}; results in bench/results/.\n`,
);
process.exit(missed.length > 0 ? 1 : 0);
