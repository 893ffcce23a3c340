import { rmSync } from 'node:fs';
import type { EmbeddedDatabase } from '../../src/storage/mongo/startEmbeddedFerretDb';

export default async function globalTeardown(): Promise<void> {
  const database = (globalThis as { __ikbotTestDatabase?: EmbeddedDatabase }).__ikbotTestDatabase;
  await database?.stop();
  const dataDir = process.env.IKBOT_TEST_DATA_DIR;
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
}
