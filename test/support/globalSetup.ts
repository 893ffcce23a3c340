import path from 'node:path';
import { startEmbeddedMongo } from '../../src/storage/embedded/startEmbeddedMongo';

/**
 * Starts one in-memory mongo-java-server for the whole run, unless MONGODB_URI points at a real server.
 * Each test file then uses a database of its own (see testDatabase.ts).
 */
export default async function globalSetup(): Promise<void> {
  if (process.env.MONGODB_URI) return;
  const database = await startEmbeddedMongo({
    projectRoot: path.resolve(__dirname, '../..'),
    backend: { kind: 'memory' },
    maxHeapMb: 2048,
  });
  process.env.MONGODB_URI = database.uri;
  process.env.IKBOT_TEST_STARTED_DB = '1';
  (globalThis as { __ikbotTestDatabase?: typeof database }).__ikbotTestDatabase = database;
}
