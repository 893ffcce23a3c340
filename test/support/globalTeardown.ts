import type { EmbeddedDatabase } from '../../src/storage/mongo/startEmbeddedFerretDb';

export default async function globalTeardown(): Promise<void> {
  const database = (globalThis as { __ikbotTestDatabase?: EmbeddedDatabase }).__ikbotTestDatabase;
  await database?.stop();
}
