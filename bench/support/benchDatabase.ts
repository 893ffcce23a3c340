/**
 * The database a bench runs on: MONGODB_URI when set, otherwise mongo-java-server 1.47 on its
 * in-memory backend, started by the bench itself (startEmbeddedMongo) and stopped at the end.
 * The database's own memory is reported apart from the bot's: the peak resident set (VmHWM) of
 * the java process, read from /proc.
 */
import path from 'node:path';
import { startEmbeddedMongo, type EmbeddedDatabase } from '../../src/storage/embedded/startEmbeddedMongo';
import { cpuSecondsOf, peakRssMbOf } from './memory';

export interface BenchDatabase {
  uri: string;
  /** What the bench ran on, for its JSON. */
  description: string;
  /** The java process; null when the database is not ours (MONGODB_URI). */
  pid: number | null;
  /** The java process's peak RSS so far in MB; null when the database is not ours (MONGODB_URI). */
  peakMemoryMb(): number | null;
  /** CPU seconds the java process has used so far; null when the database is not ours. */
  cpuSeconds(): number | null;
  stop(): Promise<void>;
}

const root = path.resolve(__dirname, '..', '..');

/** Heap of the in-memory database: it holds every document of the bench (120,000 occasions and their views). */
const MAX_HEAP_MB = Number(process.env.BENCH_DB_HEAP_MB ?? 2048);

export async function openBenchDatabase(): Promise<BenchDatabase> {
  const external = process.env.MONGODB_URI;
  if (external) {
    return {
      uri: external,
      description: `MONGODB_URI (${external.replace(/\/\/[^@/]*@/, '//***@')})`,
      pid: null,
      peakMemoryMb: () => null,
      cpuSeconds: () => null,
      stop: async () => undefined,
    };
  }
  const embedded: EmbeddedDatabase = await startEmbeddedMongo({
    projectRoot: root,
    backend: { kind: 'memory' },
    maxHeapMb: MAX_HEAP_MB,
  });
  let lastPeak: number | null = null;
  return {
    uri: embedded.uri,
    description: `mongo-java-server 1.47, memory backend, started by the bench (java -Xmx${MAX_HEAP_MB}m, pid ${embedded.pid})`,
    pid: embedded.pid,
    peakMemoryMb: () => {
      // Read while the process lives; after stop() the last reading stands.
      lastPeak = peakRssMbOf(embedded.pid) ?? lastPeak;
      return lastPeak;
    },
    cpuSeconds: () => cpuSecondsOf(embedded.pid),
    stop: async () => {
      lastPeak = peakRssMbOf(embedded.pid) ?? lastPeak;
      await embedded.stop();
    },
  };
}
