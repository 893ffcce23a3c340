/**
 * `npm run bench`: runs every bench/*.bench.ts (or the ones named on the command line) one after
 * another, each in its own process so that peak memory is measured per benchmark, and writes each
 * result as JSON to bench/results/<name>.json. A benchmark file exports nothing; it prints one JSON
 * object on its last stdout line.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const benchDir = __dirname;
const resultsDir = path.join(benchDir, 'results');
mkdirSync(resultsDir, { recursive: true });
const wanted = process.argv.slice(2);
const files = readdirSync(benchDir)
  .filter((file) => file.endsWith('.bench.ts'))
  .filter((file) => wanted.length === 0 || wanted.some((name) => file.startsWith(name)))
  .sort();
let failed = 0;
for (const file of files) {
  const name = file.replace(/\.bench\.ts$/, '');
  process.stdout.write(`\n== ${name}\n`);
  const run = spawnSync(
    process.execPath,
    ['--no-deprecation', '--expose-gc', '--import', 'tsx', path.join(benchDir, file)],
    {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  const lines = run.stdout.trim().split('\n');
  process.stdout.write(`${lines.slice(0, -1).join('\n')}\n`);
  try {
    const result = { name, at: new Date().toISOString(), ...JSON.parse(lines[lines.length - 1]) };
    writeFileSync(path.join(resultsDir, `${name}.json`), `${JSON.stringify(result, null, 2)}\n`);
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  } catch {
    failed += 1;
    process.stdout.write(`${name} did not print a JSON result (exit code ${run.status}).\n`);
  }
  if (run.status !== 0) failed += 1;
}
process.exit(failed > 0 ? 1 : 0);
