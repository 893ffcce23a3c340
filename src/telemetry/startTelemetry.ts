import type { Config } from '../config/readConfig';

export interface RunningTelemetry {
  /** Where traces and metrics go, for the start-up log. */
  destination: 'azure-monitor' | 'none';
  /** Sends what is buffered; called once the bot has stopped. */
  shutdown(): Promise<void>;
}

/**
 * OpenTelemetry for the bot process. With APPLICATIONINSIGHTS_CONNECTION_STRING set, traces and
 * metrics (ikbot's own and those of the HTTP and MongoDB instrumentations) go to Azure Monitor /
 * Application Insights; without it nothing is set up and the OpenTelemetry API records nothing, so
 * no telemetry leaves the machine. Call it before the rest of the app is loaded, so the
 * instrumentations can wrap the modules they observe. The Azure Monitor distribution (with the
 * OpenTelemetry SDK, some 14 MB of live heap that every garbage collection would mark again) is
 * loaded only when it is used.
 */
export async function startTelemetry(
  config: Pick<Config, 'applicationInsightsConnectionString'>,
): Promise<RunningTelemetry> {
  const connectionString = config.applicationInsightsConnectionString;
  if (!connectionString) return { destination: 'none', shutdown: async () => undefined };
  const { shutdownAzureMonitor, useAzureMonitor } = await import('@azure/monitor-opentelemetry');
  useAzureMonitor({
    azureMonitorExporterOptions: { connectionString },
    // Reminders and card actions are few and matter: keep every trace rather than 5 per second.
    tracesPerSecond: 0,
    samplingRatio: 1,
    instrumentationOptions: { http: { enabled: true }, mongoDb: { enabled: true } },
  });
  return {
    destination: 'azure-monitor',
    // Telemetry that cannot be delivered at shutdown is lost; it must not fail the shutdown.
    shutdown: () => shutdownAzureMonitor().catch(() => undefined),
  };
}
