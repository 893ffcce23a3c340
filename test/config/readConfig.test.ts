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

describe('readConfig', () => {
  it('gives the documented defaults for an empty environment (local mode)', () => {
    const config = readConfig({});
    expect(config.port).toBe(3978);
    expect(config.mongodbDb).toBe('ikbot');
    expect(config.mongodbUri).toBeUndefined();
    expect(config.timeZone).toBe('Europe/Stockholm');
    expect(config.localMode).toBe(true);
    expect(config.admins).toEqual([]);
    expect(config.reminders.workingHours).toEqual({ start: 8, end: 17 });
  });

  it('names every bad variable at once', () => {
    const problems = problemsOf({
      PORT: 'abc',
      MicrosoftAppType: 'SingleTenant',
      IKBOT_TIMEZONE: 'Mars/Olympus',
      IKBOT_ADMINS: 'not-a-guid',
      MONGODB_URI: 'http://localhost',
    });
    const text = problems.join('\n');
    expect(problems.length).toBeGreaterThanOrEqual(6);
    expect(text).toMatch(/PORT="abc"/);
    expect(text).toMatch(/MicrosoftAppId is missing/);
    expect(text).toMatch(/MicrosoftAppTenantId is missing/);
    expect(text).toMatch(/IKBOT_TIMEZONE="Mars\/Olympus"/);
    expect(text).toMatch(/IKBOT_ADMINS/);
    expect(text).toMatch(/MONGODB_URI/);
  });

  it('needs a secret for SingleTenant but refuses one for a managed identity', () => {
    expect(
      problemsOf({ MicrosoftAppId: APP_ID, MicrosoftAppType: 'SingleTenant', MicrosoftAppTenantId: TENANT }),
    ).toEqual([expect.stringMatching(/MicrosoftAppPassword is missing/)]);
    expect(
      problemsOf({
        MicrosoftAppId: APP_ID,
        MicrosoftAppType: 'UserAssignedMSI',
        MicrosoftAppTenantId: TENANT,
        MicrosoftAppPassword: 'x',
      }),
    ).toEqual([expect.stringMatching(/must be empty/)]);
  });

  it('accepts a complete single-tenant configuration and restricts requests to that tenant', () => {
    const config = readConfig({
      MicrosoftAppId: APP_ID,
      MicrosoftAppPassword: 'secret',
      MicrosoftAppType: 'SingleTenant',
      MicrosoftAppTenantId: TENANT,
      IKBOT_ADMINS: `${APP_ID}, ${TENANT}`,
    });
    expect(config.localMode).toBe(false);
    expect(config.allowedTenants).toEqual([TENANT]);
    expect(config.admins).toEqual([APP_ID, TENANT]);
  });

  it('refuses bad working hours and cron expressions', () => {
    const text = problemsOf({
      IKBOT_WORKING_HOURS: '17-08',
      IKBOT_TICK_CRON: 'every minute',
      IKBOT_REBUILD_CRON: 'nightly',
    }).join('\n');
    expect(text).toMatch(/IKBOT_REBUILD_CRON="nightly" is not a cron expression/);
    expect(text).toMatch(/IKBOT_WORKING_HOURS/);
    expect(text).toMatch(/IKBOT_TICK_CRON/);
  });

  it("checks cron expressions with node-cron's own validation: fields out of range are refused", () => {
    const text = problemsOf({ IKBOT_TICK_CRON: '99 * * * *', IKBOT_DIGEST_CRON: '0 25 * * 1' }).join('\n');
    expect(text).toMatch(/IKBOT_TICK_CRON="99 \* \* \* \*" is not a cron expression/);
    expect(text).toMatch(/IKBOT_DIGEST_CRON="0 25 \* \* 1" is not a cron expression/);
    expect(problemsOf({ IKBOT_TICK_CRON: '*/10 * * * * *', IKBOT_DIGEST_CRON: '0 8 * * mon' })).toEqual([]);
  });
});
