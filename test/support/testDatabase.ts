import { randomBytes } from 'node:crypto';
import { MongoClient, type Db } from 'mongodb';

export interface TestDatabase {
  client: MongoClient;
  db: Db;
  uri: string;
  name: string;
}

/** A database of its own for one test file, on the run's embedded database (or MONGODB_URI); dropped by drop(). */
export async function openTestDatabase(
  label: string,
  /** Another database server than the run's (e.g. one the test stops). */
  serverUri?: string,
): Promise<TestDatabase & { drop(): Promise<void> }> {
  const uri = serverUri ?? process.env.MONGODB_URI;
  if (!uri)
    throw new Error(
      'MONGODB_URI is not set: the jest globalSetup should have started the embedded database.',
    );
  const name = `t_${label.replace(/[^a-zA-Z0-9]/g, '_').slice(0, 30)}_${randomBytes(4).toString('hex')}`;
  const client = await MongoClient.connect(uri);
  const db = client.db(name);
  return {
    client,
    db,
    uri,
    name,
    drop: async () => {
      await db.dropDatabase().catch(() => undefined);
      await client.close();
    },
  };
}
