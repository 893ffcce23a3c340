import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startEmbeddedFerretDb } from '../../src/storage/mongo/startEmbeddedFerretDb';

/**
 * Starts one in-memory FerretDB for the whole run, unless MONGODB_URI points at a real server.
 * Each test file then uses a database of its own (see testDatabase.ts).
 */
export default async function globalSetup(): Promise<void> {
  if (process.env.MONGODB_URI) return;
  // File-backed SQLite in a temporary folder: FerretDB's in-memory mode ('file:./?mode=memory')
  // deadlocks on the first update of an existing document, because its connections share one cache.
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'ikbot-test-db-'));
  const database = await startEmbeddedFerretDb({ projectRoot: path.resolve(__dirname, '../..'), dataDir });
  process.env.IKBOT_TEST_DATA_DIR = dataDir;
  process.env.MONGODB_URI = database.uri;
  process.env.IKBOT_TEST_STARTED_DB = '1';
  (globalThis as { __ikbotTestDatabase?: typeof database }).__ikbotTestDatabase = database;
}
