import { ConfigError, readConfig } from '../../src/config/readConfig';

const APP_ID = '11111111-2222-3333-4444-555555555555';
const TENANT = 'aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee';
const credentials = { MicrosoftAppId: APP_ID, MicrosoftAppPassword: 'secret' };

function problemsOf(env: NodeJS.ProcessEnv, options?: { serving?: boolean }): string[] {
  try {
    readConfig(env, options);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
}

describe('readConfig fails closed', () => {
  it('serves unauthenticated on loopback only, by default', () => {
    const config = readConfig({});
    expect(config.localMode).toBe(true);
    expect(config.host).toBe('127.0.0.1');
    expect(readConfig({ ...credentials, MicrosoftAppTenantId: TENANT }).host).toBe('0.0.0.0');
  });

  it('refuses to listen beyond this machine without credentials unless local mode is chosen', () => {
    expect(problemsOf({ IKBOT_HOST: '0.0.0.0' })).toEqual([
      expect.stringMatching(/MicrosoftAppId and MicrosoftAppPassword .*IKBOT_HOST=0\.0\.0\.0 listens beyond/),
    ]);
    expect(readConfig({ IKBOT_HOST: '0.0.0.0', IKBOT_LOCAL_MODE: 'true' }).localMode).toBe(true);
    expect(problemsOf({ IKBOT_LOCAL_MODE: 'false' })).toEqual([
      expect.stringMatching(/IKBOT_LOCAL_MODE=false refuses local mode/),
    ]);
    expect(problemsOf({ IKBOT_LOCAL_MODE: 'yes' })).toEqual([
      expect.stringMatching(/IKBOT_LOCAL_MODE="yes" is not valid/),
    ]);
  });

  it.each([
    'mongodb://db.kommun.example.se:27017/ikbot',
    'mongodb://ikbot:p@ss/w@rd@10.0.0.5/ikbot',
    'mongodb://localhost:27017,db2.example.se:27017/?replicaSet=rs0',
    'mongodb+srv://ikbot:x@cluster0.example.mongodb.net/',
  ])('refuses a remote database (%s) without credentials, even in local mode', (uri) => {
    const problems = problemsOf({ MONGODB_URI: uri, IKBOT_LOCAL_MODE: 'true' });
    expect(problems).toEqual([expect.stringMatching(/MONGODB_URI points at a database on /)]);
    expect(problems.join()).not.toMatch(/p@ss|ikbot:x/);
  });

  it('accepts a database on this machine in local mode', () => {
    expect(problemsOf({ MONGODB_URI: 'mongodb://127.0.0.1:27017/ikbot' })).toEqual([]);
    expect(problemsOf({ MONGODB_URI: 'mongodb://u:p@localhost/ikbot' })).toEqual([]);
  });

  it('refuses a public URL without credentials', () => {
    expect(
      problemsOf({ IKBOT_PUBLIC_URL: 'https://ikbot.kommun.example.se', IKBOT_LOCAL_MODE: 'true' }),
    ).toEqual([
      expect.stringMatching(/IKBOT_PUBLIC_URL=https:\/\/ikbot\.kommun\.example\.se says the bot is public/),
    ]);
  });

  it('refuses local mode and credentials together', () => {
    expect(problemsOf({ ...credentials, MicrosoftAppTenantId: TENANT, IKBOT_LOCAL_MODE: 'true' })).toEqual([
      expect.stringMatching(/IKBOT_LOCAL_MODE=true contradicts/),
    ]);
  });

  it('names every missing piece at once', () => {
    const text = problemsOf({
      IKBOT_HOST: '0.0.0.0',
      MONGODB_URI: 'mongodb://db.example.se/ikbot',
      IKBOT_PUBLIC_URL: 'https://ikbot.example.se',
    }).join('\n');
    expect(text).toMatch(/IKBOT_HOST/);
    expect(text).toMatch(/MONGODB_URI/);
    expect(text).toMatch(/IKBOT_PUBLIC_URL/);
  });

  it('lets the CLI, which takes no requests, use a remote database without bot credentials', () => {
    expect(problemsOf({ MONGODB_URI: 'mongodb://db.example.se/ikbot' }, { serving: false })).toEqual([]);
  });

  it('refuses a MultiTenant bot without an allow-list unless every tenant is allowed on purpose', () => {
    expect(problemsOf({ ...credentials, MicrosoftAppType: 'MultiTenant' })).toEqual([
      expect.stringMatching(/IKBOT_ALLOWED_TENANTS is missing: a MultiTenant bot/),
    ]);
    expect(problemsOf(credentials)).toEqual([expect.stringMatching(/IKBOT_ALLOWED_TENANTS is missing/)]);
    const everyone = readConfig({ ...credentials, IKBOT_ALLOWED_TENANTS: '*' });
    expect(everyone.allowedTenants).toEqual([]);
    const listed = readConfig({ ...credentials, IKBOT_ALLOWED_TENANTS: TENANT.toUpperCase() });
    expect(listed.allowedTenants).toEqual([TENANT]);
    expect(readConfig({ ...credentials, MicrosoftAppTenantId: TENANT.toUpperCase() }).allowedTenants).toEqual(
      [TENANT],
    );
  });
});
