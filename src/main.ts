import { startApp } from './app/startApp';
import { ConfigError, loadEnv, readConfig } from './config/readConfig';
import { createLogger } from './logging/createLogger';

async function main(): Promise<void> {
  let config;
  try {
    config = readConfig(loadEnv());
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(2);
    }
    throw error;
  }
  const logger = createLogger(config.logLevel);
  let app;
  try {
    app = await startApp(config, { logger });
  } catch (error) {
    logger.fatal({ err: error }, (error as Error).message);
    process.exit(1);
  }
  const shutdown = (signal: string): void => {
    logger.info(`${signal} received: finishing turns in flight, then stopping.`);
    app
      .stop()
      .then(() => process.exit(0))
      .catch((error: unknown) => {
        logger.error({ err: error }, 'Shutdown did not complete cleanly.');
        process.exit(1);
      });
  };
  process.once('SIGTERM', () => shutdown('SIGTERM'));
  process.once('SIGINT', () => shutdown('SIGINT'));
}

void main();
