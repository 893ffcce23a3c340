import {
  MongoNetworkError,
  MongoNotConnectedError,
  MongoServerSelectionError,
  MongoTopologyClosedError,
  type MongoClient,
} from 'mongodb';
import type { DatabaseHealth } from '../domain/ports/DatabaseHealth';

/**
 * Whether the database answers, as the driver's own monitoring sees it: a server that stops
 * answering turns the topology "Unknown" within milliseconds of the first failed operation or
 * heartbeat, and a heartbeat (every 10 s) brings it back. Reading this costs nothing, so a turn can
 * tell the person at once instead of waiting for server selection to time out.
 */
export function watchDatabaseHealth(client: MongoClient): DatabaseHealth {
  let available = true;
  client.on('topologyDescriptionChanged', (event) => {
    available = [...event.newDescription.servers.values()].some((server) => server.type !== 'Unknown');
  });
  return {
    available: () => available,
    isOutage: (error) =>
      error instanceof MongoNetworkError ||
      error instanceof MongoServerSelectionError ||
      error instanceof MongoNotConnectedError ||
      error instanceof MongoTopologyClosedError,
  };
}
