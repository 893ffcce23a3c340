import { ConfigError, loadEnv, readConfig } from './config/readConfig';
import { createLogger } from './logging/createLogger';
import { startTelemetry } from './telemetry/startTelemetry';

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
  // Before the app's modules load, so the HTTP and MongoDB instrumentations can wrap them.
  const telemetry = await startTelemetry(config);
  const { startApp } = await import('./app/startApp');
  const { stopOnSignals } = await import('./app/stopOnSignals');
  let app;
  try {
    app = await startApp(config, { logger });
  } catch (error) {
    logger.fatal({ err: error }, (error as Error).message);
    process.exit(1);
  }
  logger.info(
    { telemetry: telemetry.destination },
    telemetry.destination === 'none'
      ? 'Telemetry is off (APPLICATIONINSIGHTS_CONNECTION_STRING is not set): no traces or metrics leave this process.'
      : 'Traces and metrics go to Azure Monitor (Application Insights).',
  );
  stopOnSignals(app, logger, () => telemetry.shutdown());
}

void main();
