import { startTelemetry } from '../../src/telemetry/startTelemetry';

// The Azure Monitor distribution, replaced: the test is about when it is loaded and how it is
// called, and the real one would look for Azure metadata endpoints that are not here.
let mockImported = false;
const mockUse = jest.fn();
const mockShutdown = jest.fn(async () => undefined);
jest.mock('@azure/monitor-opentelemetry', () => {
  mockImported = true;
  return { useAzureMonitor: mockUse, shutdownAzureMonitor: mockShutdown };
});

describe('startTelemetry', () => {
  it('sets up nothing, and loads no exporter, without a connection string', async () => {
    const telemetry = await startTelemetry({ applicationInsightsConnectionString: undefined });
    expect(telemetry.destination).toBe('none');
    await telemetry.shutdown();
    expect(mockImported).toBe(false);
    expect(mockUse).not.toHaveBeenCalled();
  });

  it('loads Azure Monitor with a connection string, and shuts it down with the bot', async () => {
    const connectionString = 'InstrumentationKey=00000000-0000-4000-8000-000000000000';
    const telemetry = await startTelemetry({ applicationInsightsConnectionString: connectionString });
    expect(telemetry.destination).toBe('azure-monitor');
    expect(mockImported).toBe(true);
    expect(mockUse).toHaveBeenCalledWith(
      expect.objectContaining({ azureMonitorExporterOptions: { connectionString } }),
    );
    await telemetry.shutdown();
    expect(mockShutdown).toHaveBeenCalledTimes(1);
  });
});
