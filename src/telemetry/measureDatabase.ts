import type { MongoClient } from 'mongodb';
import type { Telemetry } from './Telemetry';

/**
 * Records every MongoDB command's round trip by command name, from the driver's command events
 * (the client must be created with monitorCommands: true, as startApp has openDatabase do when
 * something records telemetry).
 */
export function measureDatabase(client: MongoClient, telemetry: Telemetry): void {
  client.on('commandSucceeded', (event) =>
    telemetry.databaseDuration.record(event.duration, { command: event.commandName, outcome: 'ok' }),
  );
  client.on('commandFailed', (event) =>
    telemetry.databaseDuration.record(event.duration, { command: event.commandName, outcome: 'error' }),
  );
}
