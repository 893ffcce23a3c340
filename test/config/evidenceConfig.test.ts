import { ConfigError, readConfig } from '../../src/config/readConfig';

const base = { IKBOT_LOCAL_MODE: 'true', IKBOT_HOST: '127.0.0.1' };

describe('readConfig: evidence files', () => {
  it('defaults to GridFS and 25 MB', () => {
    expect(readConfig(base).evidence).toEqual({ maxBytes: 25 * 1024 * 1024, store: 'gridfs' });
  });

  it('names every bad evidence variable at once', () => {
    let error: unknown;
    try {
      readConfig({
        ...base,
        IKBOT_EVIDENCE_MAX_MB: '0',
        IKBOT_EVIDENCE_STORE: 'dropbox',
        IKBOT_GRAPH_BASE_URL: 'http://graph.example',
      });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems.join('\n');
    expect(problems).toMatch(/IKBOT_EVIDENCE_MAX_MB="0" is not valid/);
    expect(problems).toMatch(/IKBOT_EVIDENCE_STORE="dropbox" is not valid: use gridfs .* or sharepoint/);
    expect(problems).toMatch(/IKBOT_GRAPH_BASE_URL="http:\/\/graph.example" is not an https URL/);
  });

  it('sharepoint needs a drive id and, beyond a loopback Graph, the app credentials', () => {
    expect(() => readConfig({ ...base, IKBOT_EVIDENCE_STORE: 'sharepoint' })).toThrow(
      /IKBOT_SHAREPOINT_DRIVE_ID is missing[\s\S]*needs MicrosoftAppId, MicrosoftAppPassword and MicrosoftAppTenantId/,
    );
    const config = readConfig({
      ...base,
      IKBOT_EVIDENCE_STORE: 'sharepoint',
      IKBOT_SHAREPOINT_DRIVE_ID: 'b!abc',
      IKBOT_GRAPH_BASE_URL: 'http://127.0.0.1:4000/v1.0',
      IKBOT_EVIDENCE_MAX_MB: '10',
    });
    expect(config.evidence).toEqual({
      maxBytes: 10 * 1024 * 1024,
      store: 'sharepoint',
      sharePoint: { graphUrl: 'http://127.0.0.1:4000/v1.0', driveId: 'b!abc', folder: 'ikbot' },
    });
  });
});
