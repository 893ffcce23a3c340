import { startTestBot, type TestBot } from '../support/startTestBot';
import { performer, testTenant } from '../support/testUsers';

describe('tenant ids compare case-insensitively', () => {
  let bot: TestBot;

  beforeAll(async () => {
    bot = await startTestBot({
      label: 'tenantcase',
      env: { IKBOT_ALLOWED_TENANTS: testTenant.id.toUpperCase() },
    });
  });
  afterAll(async () => {
    await bot.stop();
  });

  it('serves a tenant listed in upper case when Teams sends it in lower (or mixed) case', async () => {
    await bot.post(bot.activities.message({ text: 'hjälp', user: performer }));
    const mixed = {
      ...performer,
      tenantId: performer.tenantId.replace(/[a-f]/g, (c, i: number) => (i % 2 ? c.toUpperCase() : c)),
    };
    await bot.post(bot.activities.message({ text: 'hjälp', user: mixed }));
    const texts = bot.connector.sent().map((sent) => sent.activity.text);
    expect(texts).toEqual([
      expect.stringMatching(/Det här kan du skriva till mig/),
      expect.stringMatching(/Det här kan du skriva till mig/),
    ]);
  });
});
