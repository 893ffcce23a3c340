import { startApp } from './app/startApp';
import { stopOnSignals } from './app/stopOnSignals';
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
  stopOnSignals(app, logger);
}

void main();
