import type { EmbeddedDatabase } from '../../src/storage/embedded/startEmbeddedMongo';

export default async function globalTeardown(): Promise<void> {
  const database = (globalThis as { __ikbotTestDatabase?: EmbeddedDatabase }).__ikbotTestDatabase;
  await database?.stop();
}
