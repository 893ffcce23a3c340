import { MongoClient, type Db } from 'mongodb';
import { ensureIndexes } from './ensureIndexes';
import { shareEmbeddedMongo, type SharedEmbeddedDatabase } from '../../embedded/shareEmbeddedMongo';
import { maskMongoUri } from '../../../logging/maskMongoUri';

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
  /**
   * The driver's command events, for the database latency metric (src/telemetry/measureDatabase.ts):
   * only when something records telemetry, because each event copies its command and decodes the
   * whole reply, which the driver otherwise reads lazily (measured: a sixth of the bot's MongoDB
   * client CPU per card).
   */
  monitorCommands?: boolean;
}

/**
 * Connects to MONGODB_URI, or, when no URI is given, to the embedded mongo-java-server on an H2 file
 * under dataDir (kept across restarts; started here, or joined when another ikbot process runs it). Indexes are created idempotently before anything else runs.
 */
export async function openDatabase(options: OpenDatabaseOptions): Promise<Database> {
  let embedded: SharedEmbeddedDatabase | undefined;
  let uri = options.mongodbUri;
  let description = uri ? maskMongoUri(uri) : '';
  if (!uri) {
    embedded = await shareEmbeddedMongo({ dataDir: options.dataDir, projectRoot: options.projectRoot });
    uri = embedded.uri;
    description = `embedded database (mongo-java-server) at ${uri} (data in ${options.dataDir})`;
  }
  let client: MongoClient;
  try {
    client = new MongoClient(uri, {
      serverSelectionTimeoutMS: 10_000,
      appName: 'ikbot',
      monitorCommands: options.monitorCommands ?? false,
    });
    await client.connect();
  } catch (error) {
    await embedded?.stop();
    throw new Error(
      `Cannot connect to the database at ${description}: ${maskMongoUri((error as Error).message)}. ` +
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
      `Creating the database indexes failed on ${description}: ${maskMongoUri((error as Error).message)}. ` +
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
