import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { MongoClient } from 'mongodb';
import { startEmbeddedMongo, type EmbeddedDatabase } from './startEmbeddedMongo';

export interface SharedEmbeddedDatabase {
  uri: string;
  /** True when this process started the database (and stops it); false when it joined another's. */
  owned: boolean;
  stop(): Promise<void>;
}

interface RunningFile {
  uri: string;
  pid: number;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function answers(uri: string): Promise<boolean> {
  const client = new MongoClient(uri, { serverSelectionTimeoutMS: 2000, connectTimeoutMS: 2000 });
  try {
    await client.connect();
    await client.db('admin').command({ ping: 1 });
    return true;
  } catch {
    return false;
  } finally {
    await client.close().catch(() => undefined);
  }
}

async function runningDatabase(file: string): Promise<RunningFile | undefined> {
  let running: RunningFile;
  try {
    running = JSON.parse(readFileSync(file, 'utf8')) as RunningFile;
  } catch {
    return undefined;
  }
  if (typeof running.uri !== 'string' || !isAlive(running.pid)) return undefined;
  return (await answers(running.uri)) ? running : undefined;
}

/**
 * The embedded database on the H2 file under dataDir, shared by every ikbot process on this folder:
 * the H2 file can be open in one process only, so the first process (usually the bot) starts the
 * server and writes its address to <dataDir>/embedded-mongo.json, and a CLI command run beside it
 * connects to that server instead of starting a second one.
 */
export async function shareEmbeddedMongo(options: {
  projectRoot: string;
  dataDir: string;
}): Promise<SharedEmbeddedDatabase> {
  mkdirSync(options.dataDir, { recursive: true });
  const file = path.join(options.dataDir, 'embedded-mongo.json');
  const running = await runningDatabase(file);
  if (running) return { uri: running.uri, owned: false, stop: async () => undefined };

  const database: EmbeddedDatabase = await startEmbeddedMongo({
    projectRoot: options.projectRoot,
    backend: { kind: 'h2', file: path.join(options.dataDir, 'ikbot.mv.db') },
  });
  writeFileSync(file, JSON.stringify({ uri: database.uri, pid: database.pid }));
  return {
    uri: database.uri,
    owned: true,
    stop: async () => {
      rmSync(file, { force: true });
      await database.stop();
    },
  };
}
