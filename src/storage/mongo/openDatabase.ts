import { MongoClient, type Db } from 'mongodb';
import { ensureIndexes } from './ensureIndexes';
import { startEmbeddedFerretDb, type EmbeddedDatabase } from './startEmbeddedFerretDb';

export interface Database {
  db: Db;
  client: MongoClient;
  /** Where the data lives, for the start-up log (credentials removed). */
  description: string;
  ping(): Promise<boolean>;
  close(): Promise<void>;
}

export interface OpenDatabaseOptions {
  mongodbUri?: string;
  mongodbDb: string;
  dataDir: string;
  projectRoot: string;
}

function withoutCredentials(uri: string): string {
  return uri.replace(/\/\/[^@/]*@/, '//***@');
}

/**
 * Connects to MONGODB_URI, or starts the embedded FerretDB (SQLite files under dataDir, kept across
 * restarts) when no URI is given. Indexes are created idempotently before anything else runs.
 */
export async function openDatabase(options: OpenDatabaseOptions): Promise<Database> {
  let embedded: EmbeddedDatabase | undefined;
  let uri = options.mongodbUri;
  let description = uri ? withoutCredentials(uri) : '';
  if (!uri) {
    embedded = await startEmbeddedFerretDb({ dataDir: options.dataDir, projectRoot: options.projectRoot });
    uri = embedded.uri;
    description = `embedded FerretDB at ${uri} (data in ${options.dataDir})`;
  }
  const client = new MongoClient(uri, { serverSelectionTimeoutMS: 10_000, appName: 'ikbot' });
  try {
    await client.connect();
  } catch (error) {
    await embedded?.stop();
    throw new Error(
      `Cannot connect to the database at ${description}: ${(error as Error).message}. ` +
        'Check MONGODB_URI (host, port, user, password, network access) or unset it to use the embedded database.',
    );
  }
  const db = client.db(options.mongodbDb);
  try {
    await ensureIndexes(db);
  } catch (error) {
    await client.close();
    await embedded?.stop();
    throw new Error(
      `Creating the database indexes failed on ${description}: ${(error as Error).message}. ` +
        'Check that the database user may create indexes, then start again.',
    );
  }
  return {
    db,
    client,
    description,
    ping: async () => {
      try {
        await db.command({ ping: 1 }, { timeoutMS: 2000 });
        return true;
      } catch {
        return false;
      }
    },
    close: async () => {
      await client.close();
      await embedded?.stop();
    },
  };
}
