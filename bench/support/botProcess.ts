/**
 * A bot under test in a process of its own (the load generator and the fake connector stay in
 * others), so that its peak memory (VmHWM) is the bot's alone. Waits until it answers on its
 * port; stop() ends it with SIGTERM as a platform would.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { freePort } from '../../test/support/freePort';
import { buildBot, builtBotScript, productionNodeFlags } from './buildBot';
import { cpuSecondsOf, peakRssMbOf } from './memory';

export interface BotProcess {
  url: string;
  pid: number;
  /** Peak RSS so far, MB (the last reading once it has stopped). */
  peakMemoryMb(): number | null;
  cpuSeconds(): number | null;
  stop(): Promise<void>;
}

const START_TIMEOUT_MS = 120_000;

/**
 * Runs `node <script> [args]` (a .ts script through `--import tsx`, a .js build as it is); `args` may
 * use {port}; ready when GET `readyPath` answers 2xx.
 */
export async function startBotProcess(options: {
  script: string;
  /** Node flags before the script (the production start's heap bounds). */
  nodeArgs?: string[];
  args?: string[];
  env?: Record<string, string>;
  readyPath: string;
  cwd: string;
}): Promise<BotProcess> {
  const port = await freePort();
  const child: ChildProcess = spawn(
    process.execPath,
    [
      '--no-deprecation',
      // e.g. BENCH_BOT_NODE_ARGS='--cpu-prof --cpu-prof-dir=/tmp/prof' to profile the bot.
      ...(process.env.BENCH_BOT_NODE_ARGS ?? '').split(' ').filter(Boolean),
      ...(options.nodeArgs ?? []),
      ...(options.script.endsWith('.ts') ? ['--import', 'tsx'] : []),
      options.script,
      ...(options.args ?? []).map((arg) => arg.replace('{port}', String(port))),
    ],
    {
      cwd: options.cwd,
      env: { ...process.env, ...options.env, PORT: String(port) },
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + START_TIMEOUT_MS;
  for (;;) {
    if (child.exitCode !== null)
      throw new Error(`${options.script} exited at start (code ${child.exitCode}).`);
    const ready = await fetch(`${url}${options.readyPath}`, { signal: AbortSignal.timeout(2000) })
      .then((response) => response.ok)
      .catch(() => false);
    if (ready) break;
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(
        `${options.script} did not answer on ${url}${options.readyPath} within ${START_TIMEOUT_MS / 1000} s.`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  const pid = child.pid ?? -1;
  let lastPeak: number | null = null;
  const peakMemoryMb = () => {
    lastPeak = peakRssMbOf(pid) ?? lastPeak;
    return lastPeak;
  };
  return {
    url,
    pid,
    peakMemoryMb,
    cpuSeconds: () => cpuSecondsOf(pid),
    stop: async () => {
      peakMemoryMb();
      if (child.exitCode !== null || child.signalCode !== null) return;
      const killer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      child.kill('SIGTERM');
      await exited;
      clearTimeout(killer);
    },
  };
}

/**
 * ikbot as production runs it (the compiled build with the production start's node flags; built
 * first), scheduler off, on the bench's database, serving `tenantId` in local mode (no Microsoft
 * credentials); ready when /readyz answers.
 */
export async function startBuiltBot(options: {
  cwd: string;
  mongodbUri: string;
  dbName: string;
  tenantId: string;
}): Promise<BotProcess> {
  buildBot();
  return startBotProcess({
    script: builtBotScript,
    nodeArgs: productionNodeFlags(),
    cwd: options.cwd,
    readyPath: '/readyz',
    env: {
      MONGODB_URI: options.mongodbUri,
      MONGODB_DB: options.dbName,
      IKBOT_ALLOWED_TENANTS: options.tenantId,
      IKBOT_SCHEDULER: 'off',
      LOG_LEVEL: process.env.BENCH_DEBUG ? 'warn' : 'error',
      MicrosoftAppId: '',
      MicrosoftAppPassword: '',
    },
  });
}

/** How the benches describe the bot process in their JSON. */
export function builtBotDescription(): string {
  return `node ${productionNodeFlags().join(' ')} ${builtBotScript} (the production build, as npm run start:prod), its own process, VmHWM at stop`;
}
