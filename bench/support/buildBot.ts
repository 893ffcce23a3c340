/**
 * The benches measure the bot as production runs it: the compiled build in dist/ (`npm run build`,
 * what `npm run start:prod` and the container image start), not the TypeScript loader of
 * development (`npm start` runs src/ through tsx, which holds about 190 MB more at rest: its
 * transformed sources and source maps). Builds dist/ once per bench process, so a bench never
 * measures a stale build; `npm run bench` builds once for all of them (BENCH_BUILT=1 in their
 * environment).
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(__dirname, '../..');
let built = false;

/** Compiles src/ into dist/ (tsconfig.build.json); throws with the compiler's output when it fails. */
export function buildBot(): void {
  if (built || process.env.BENCH_BUILT === '1') return;
  const tsc = path.join(root, 'node_modules', 'typescript', 'bin', 'tsc');
  const run = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], {
    cwd: root,
    encoding: 'utf8',
  });
  if (run.status !== 0)
    throw new Error(`npm run build failed, so the bench cannot start the bot:\n${run.stdout}${run.stderr}`);
  built = true;
}

/** The compiled bot (as `npm run start:prod`), relative to the project root. */
export const builtBotScript = 'dist/main.js';
/** The compiled CLI (as `ikbot` from the build), relative to the project root. */
export const builtCliScript = 'dist/cli/main.js';

/**
 * The node flags of the production start (the heap bounds), read from package.json's start:prod
 * so that the benches run the bot exactly as the Dockerfile and infra/azure.bicep do (a test keeps
 * those three in step).
 */
export function productionNodeFlags(): string[] {
  const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
    scripts: Record<string, string>;
  };
  const words = pkg.scripts['start:prod'].split(/\s+/);
  return words.slice(1, words.indexOf(builtBotScript)).filter((word) => word.startsWith('--'));
}

/**
 * Runs a measuring script of bench/support (TypeScript, through tsx) in a process of its own under
 * the production start's heap bounds, so what it computes is shown to fit in the heap the bot
 * has; `env` is added to this process's. Returns the child's outcome (its last stdout line is its
 * result by convention).
 */
export function runMeasureScript(
  script: string,
  env: Record<string, string>,
  timeoutMs?: number,
): SpawnSyncReturns<string> {
  return spawnSync(
    process.execPath,
    [...productionNodeFlags(), '--no-deprecation', '--import', 'tsx', path.join(__dirname, script)],
    {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
      ...(timeoutMs !== undefined ? { timeout: timeoutMs } : {}),
      env: { ...process.env, ...env },
    },
  );
}
