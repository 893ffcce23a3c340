import pino from 'pino';
import type { Db } from 'mongodb';
import type { Config } from '../config/readConfig';
import type { Logger } from '../logging/createLogger';
import { MongoConversationRepository } from '../storage/mongo/people/MongoConversationRepository';
import { createAdapter } from '../teams/createAdapter';
import { localModeServiceUrls } from '../teams/localModeServiceUrls';
import { TeamsMessenger } from '../teams/TeamsMessenger';

/** Proactive delivery for commands that run without the HTTP server (tick, digest); logs go to stderr. */
export function createCliMessenger(
  config: Config,
  db: Db,
  now: Date,
): { messenger: TeamsMessenger; logger: Logger } {
  const logger = pino({ name: 'ikbot', level: config.logLevel }, pino.destination(2));
  const messenger = new TeamsMessenger({
    adapter: createAdapter(config, logger),
    conversations: new MongoConversationRepository(db),
    appId: config.microsoft.appId,
    serviceUrl: config.reminders.serviceUrl,
    logger,
    now: () => now,
    mayReach: localModeServiceUrls(config),
  });
  return { messenger, logger };
}
