import { ConfigError, readConfig } from '../../src/config/readConfig';

const APP_ID = '11111111-2222-3333-4444-555555555555';
const TENANT = 'aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee';

function problemsOf(env: NodeJS.ProcessEnv): string[] {
  try {
    readConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
}

describe('the Microsoft Graph settings', () => {
  it('are off unless IKBOT_GRAPH_CREDENTIAL is set, and nothing else changes', () => {
    expect(readConfig({}).graph).toBeUndefined();
    expect(readConfig({ IKBOT_GRAPH_CREDENTIAL: 'off' }).graph).toBeUndefined();
  });

  it('reuse the bot registration for a client secret and default to the public cloud', () => {
    const config = readConfig({
      MicrosoftAppId: APP_ID,
      MicrosoftAppPassword: 'bot-secret',
      MicrosoftAppType: 'SingleTenant',
      MicrosoftAppTenantId: TENANT,
      IKBOT_GRAPH_CREDENTIAL: 'secret',
    });
    expect(config.graph).toEqual({
      credential: 'secret',
      clientId: APP_ID,
      tenantId: TENANT,
      clientSecret: 'bot-secret',
      manifestAppId: APP_ID,
      baseUrl: 'https://graph.microsoft.com/v1.0',
      authorityHost: 'https://login.microsoftonline.com',
    });
  });

  it('name every missing or bad Graph variable at once', () => {
    const text = problemsOf({
      IKBOT_GRAPH_CREDENTIAL: 'certificate',
      IKBOT_GRAPH_CERTIFICATE_PATH: '/nowhere/cert.pem',
      IKBOT_TEAMS_CATALOG_APP_ID: 'ikbot',
      IKBOT_GRAPH_BASE_URL: 'http://graph.example',
    }).join('\n');
    expect(text).toMatch(/no client id: set MicrosoftAppId/);
    expect(text).toMatch(/no tenant id/);
    expect(text).toMatch(/IKBOT_GRAPH_CERTIFICATE_PATH.*\/nowhere\/cert\.pem does not exist/);
    expect(text).toMatch(/IKBOT_TEAMS_CATALOG_APP_ID="ikbot" is not a GUID/);
    expect(text).toMatch(/IKBOT_GRAPH_BASE_URL="http:\/\/graph\.example" is not an https URL/);
    expect(problemsOf({ IKBOT_GRAPH_CREDENTIAL: 'password' }).join('\n')).toMatch(
      /use secret, certificate or managedIdentity/,
    );
    expect(
      problemsOf({
        IKBOT_GRAPH_CREDENTIAL: 'secret',
        IKBOT_GRAPH_CLIENT_ID: APP_ID,
        IKBOT_GRAPH_TENANT_ID: TENANT,
      }).join('\n'),
    ).toMatch(/needs the client secret/);
  });
});
