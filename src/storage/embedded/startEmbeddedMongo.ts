import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { findEmbeddedMongo } from './findEmbeddedMongo';

export interface EmbeddedDatabase {
  uri: string;
  /** The database server's process id (for tests that check it never outlives its owner). */
  pid: number;
  stop(): Promise<void>;
}

export type EmbeddedBackend = { kind: 'memory' } | { kind: 'h2'; file: string };

export interface EmbeddedMongoOptions {
  /** Project root, where .bin/embedded-mongo lives. */
  projectRoot: string;
  backend: EmbeddedBackend;
  /** Java heap limit; the memory backend holds every document, so tests and benchmarks want more. */
  maxHeapMb?: number;
  javaCommand?: string;
}

const START_TIMEOUT_MS = 60_000;

/**
 * The embedded database's JVM: the serial collector and small thread stacks (one process, a few
 * threads), and only the quick C1 compiler (-XX:TieredStopAtLevel=1). With C2 the server spent
 * most of its CPU compiling: measured per thread in the card bench, C2's compiler thread used
 * 1.5 of the database's 2.2 CPU seconds in the measured run, after import and warm-up, and kept
 * at it in a second run (mongo-java-server's stream-heavy code gives C2 much to compile and
 * deoptimize). C1's code is slower per operation but needs little compiling: the database's CPU per
 * card went from ~2.1 to ~0.7 ms on the machine's two shared cores. A database that runs for weeks
 * would win back C2's cost; this one serves development, tests and benches, where it shares the
 * cores with the bot.
 */
const JVM_FLAGS = ['-XX:+UseSerialGC', '-Xss512k', '-XX:TieredStopAtLevel=1'];

/**
 * Starts mongo-java-server on 127.0.0.1 and a free port. The server reads its standard input until
 * it ends; this process holds the other end of that pipe, so the database stops when its owner
 * exits, however it exits (kill -9 too), and can never hold the data file as an orphan.
 */
export async function startEmbeddedMongo(options: EmbeddedMongoOptions): Promise<EmbeddedDatabase> {
  const { classPath } = findEmbeddedMongo(options.projectRoot);
  const backendArgs =
    options.backend.kind === 'h2'
      ? ['--backend', 'h2', '--file', options.backend.file]
      : ['--backend', 'memory'];
  const heap = options.maxHeapMb ?? (options.backend.kind === 'memory' ? 1024 : 512);
  const child = spawn(
    options.javaCommand ?? 'java',
    [...JVM_FLAGS, `-Xmx${heap}m`, '-cp', classPath, 'EmbeddedMongo', ...backendArgs],
    { stdio: ['pipe', 'pipe', 'pipe'] },
  );
  let output = '';
  child.stderr.on('data', (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-4000);
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));

  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`The embedded database did not start within ${START_TIMEOUT_MS / 1000} s. ${output}`));
    }, START_TIMEOUT_MS);
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(
        new Error(
          `Cannot run '${options.javaCommand ?? 'java'}' for the embedded database: ${error.message}. ` +
            "Install Java 17+ ('sudo apt-get install openjdk-17-jdk-headless') or set MONGODB_URI.",
        ),
      );
    });
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`The embedded database exited at start (code ${code}): ${output.trim()}`));
    });
    const lines = createInterface({ input: child.stdout });
    lines.on('line', (line) => {
      const match = /^listening 127\.0\.0\.1:(\d+)$/.exec(line);
      if (!match) return;
      clearTimeout(timer);
      lines.close();
      resolve(Number(match[1]));
    });
  });
  // Drain what it prints later so a full pipe never blocks it.
  child.stdout.resume();

  return {
    uri: `mongodb://127.0.0.1:${port}/`,
    pid: child.pid ?? -1,
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const killer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      child.stdin.end();
      await exited;
      clearTimeout(killer);
    },
  };
}
