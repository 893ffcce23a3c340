import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { MongoClient } from 'mongodb';

export interface EmbeddedDatabase {
  uri: string;
  stop(): Promise<void>;
}

export interface EmbeddedDatabaseOptions {
  /**
   * Directory for the SQLite files; created when missing. Always file-backed: FerretDB 1.24's
   * in-memory SQLite mode deadlocks on the first update of an existing document.
   */
  dataDir: string;
  /** Project root, where .bin/ferretdb lives. */
  projectRoot: string;
  logLevel?: 'debug' | 'info' | 'warn' | 'error';
}

export class FerretDbNotInstalledError extends Error {
  constructor(searched: string[]) {
    super(
      `FerretDB (the embedded local database) is not installed; looked in ${searched.join(', ')}. ` +
        `Run 'npm run db:install' (needs Go 1.22+), or set MONGODB_URI to a MongoDB 6+ server.`,
    );
  }
}

/** Finds the FerretDB binary: FERRETDB_BIN, the project's .bin/ folder, then PATH. */
export function findFerretDbBinary(projectRoot: string, env: NodeJS.ProcessEnv = process.env): string {
  const candidates = [env.FERRETDB_BIN, path.join(projectRoot, '.bin', 'ferretdb')].filter(
    (candidate): candidate is string => Boolean(candidate),
  );
  for (const candidate of candidates) {
    if (existsSync(candidate)) return candidate;
  }
  for (const dir of (env.PATH ?? '').split(path.delimiter)) {
    const candidate = path.join(dir, 'ferretdb');
    if (dir && existsSync(candidate)) return candidate;
  }
  throw new FerretDbNotInstalledError(candidates.length > 0 ? candidates : ['PATH']);
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

async function waitUntilAnswering(uri: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 20_000;
  let lastError: unknown;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(`FerretDB exited with code ${child.exitCode} at start: ${output().slice(-2000)}`);
    }
    const client = new MongoClient(uri, { serverSelectionTimeoutMS: 500, connectTimeoutMS: 500 });
    try {
      await client.connect();
      await client.db('admin').command({ ping: 1 });
      return;
    } catch (error) {
      lastError = error;
      await new Promise((resolve) => setTimeout(resolve, 150));
    } finally {
      await client.close().catch(() => undefined);
    }
  }
  throw new Error(`FerretDB did not answer on ${uri} within 20 s: ${String(lastError)}. Output: ${output()}`);
}

/**
 * Starts FerretDB 1.24 with its SQLite backend on 127.0.0.1 and a free port, telemetry disabled.
 * The caller owns the process and stops it with stop().
 */
export async function startEmbeddedFerretDb(options: EmbeddedDatabaseOptions): Promise<EmbeddedDatabase> {
  const binary = findFerretDbBinary(options.projectRoot);
  mkdirSync(options.dataDir, { recursive: true });
  const sqliteUrl = `file:${path.resolve(options.dataDir)}/`;
  const port = await freePort();
  const child = spawn(
    binary,
    [
      '--handler=sqlite',
      `--sqlite-url=${sqliteUrl}`,
      `--listen-addr=127.0.0.1:${port}`,
      '--debug-addr=-',
      '--state-dir=-',
      '--telemetry=disable',
      `--log-level=${options.logLevel ?? 'error'}`,
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let captured = '';
  const capture = (chunk: Buffer): void => {
    captured = (captured + chunk.toString()).slice(-8000);
  };
  child.stdout?.on('data', capture);
  child.stderr?.on('data', capture);
  const uri = `mongodb://127.0.0.1:${port}/`;
  try {
    await waitUntilAnswering(uri, child, () => captured);
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  }
  return {
    uri,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        const killer = setTimeout(() => child.kill('SIGKILL'), 5000);
        child.once('exit', () => {
          clearTimeout(killer);
          resolve();
        });
        child.kill('SIGTERM');
      }),
  };
}
