import { startTelemetry } from '../../src/telemetry/startTelemetry';

const loaded = (name: string) => Object.keys(require.cache).some((file) => file.includes(name));

describe('startTelemetry', () => {
  it('sets up nothing, and loads no exporter, without a connection string', async () => {
    const telemetry = await startTelemetry({ applicationInsightsConnectionString: undefined });
    expect(telemetry.destination).toBe('none');
    await telemetry.shutdown();
    expect(loaded('@azure/monitor-opentelemetry')).toBe(false);
  });

  it('sends to Azure Monitor, loaded then, with a connection string', async () => {
    const telemetry = await startTelemetry({
      // Nothing listens on port 9: what cannot be delivered is dropped at shutdown.
      applicationInsightsConnectionString:
        'InstrumentationKey=00000000-0000-4000-8000-000000000000;IngestionEndpoint=http://127.0.0.1:9/',
    });
    expect(telemetry.destination).toBe('azure-monitor');
    expect(loaded('@azure/monitor-opentelemetry')).toBe(true);
    await telemetry.shutdown();
  });
});
