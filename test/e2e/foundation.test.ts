import { MongoClient } from 'mongodb';
import { startTestBot, type TestBot } from '../support/startTestBot';
import { outsider, performer, unitManager } from '../support/testUsers';

describe('the bot on a real database, through the fake connector', () => {
  let bot: TestBot;

  beforeAll(async () => {
    bot = await startTestBot({ label: 'foundation' });
  });
  afterAll(async () => {
    await bot.stop();
  });
  beforeEach(() => bot.connector.reset());

  it('serves /healthz, and /readyz while the database answers', async () => {
    const health = await fetch(`${bot.app.url}/healthz`);
    expect(health.status).toBe(200);
    const ready = await fetch(`${bot.app.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ status: 'ready' });
  });

  it('greets in Swedish on a personal install and stores the conversation reference', async () => {
    const response = await bot.post(bot.activities.installationUpdate({ action: 'add', user: performer }));
    expect(response.status).toBe(200);
    const [reply] = bot.connector.sent();
    expect(reply.activity.text).toMatch(/^Hej/);
    expect(reply.activity.text).toMatch(/mina kontroller/);
    const stored = await bot.app.services.conversations.findPersonal(performer.aadObjectId);
    expect(stored).toMatchObject({ kind: 'personal', tenantId: performer.tenantId, installed: true });
    expect(stored?.reference).toMatchObject({ serviceUrl: bot.connector.url });
  });

  it('greets in English when the Teams client is in English', async () => {
    await bot.post(bot.activities.installationUpdate({ action: 'add', user: unitManager, locale: 'en-GB' }));
    const [reply] = bot.connector.sent();
    expect(reply.activity.text).toMatch(/^Hi/);
    expect(reply.activity.text).toMatch(/my controls/);
  });

  it('answers hjälp and help with what it can do', async () => {
    await bot.post(bot.activities.message({ text: 'hjälp' }));
    await bot.post(bot.activities.message({ text: 'help', locale: 'en-US' }));
    const [sv, en] = bot.connector.sent();
    expect(sv.activity.text).toMatch(/Det här kan du skriva till mig/);
    expect(en.activity.text).toMatch(/Here is what you can write to me/);
    expect(sv.operation).toBe('reply');
  });

  it('answers something unknown with a short pointer to help, never silence', async () => {
    await bot.post(bot.activities.message({ text: 'vad är klockan?' }));
    const [reply] = bot.connector.sent();
    expect(reply.activity.text).toMatch(/Jag förstår inte ”vad är klockan\?”/);
    expect(reply.activity.text).toMatch(/hjälp/);
  });

  it('answers an @mention in a channel, with the mention stripped from the command', async () => {
    await bot.post(bot.activities.message({ text: 'help', conversation: 'channel', locale: 'en-US' }));
    const [reply] = bot.connector.sent();
    expect(reply.activity.text).toMatch(/Here is what you can write to me/);
  });

  it('refuses a user from another tenant and stores nothing for them', async () => {
    await bot.post(bot.activities.installationUpdate({ action: 'add', user: outsider }));
    await bot.post(bot.activities.message({ text: 'hjälp', user: outsider }));
    const replies = bot.connector.sent();
    expect(replies).toHaveLength(1);
    expect(replies[0].activity.text).toMatch(/organisationens egna användare/);
    expect(await bot.app.services.conversations.findPersonal(outsider.aadObjectId)).toBeNull();
  });

  it('answers an unknown card verb with an error card, not a crash', async () => {
    const response = await bot.post(bot.activities.adaptiveCardAction({ verb: 'noSuchVerb', data: {} }));
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ statusCode: 200, type: 'application/vnd.microsoft.card.adaptive' });
    expect(JSON.stringify(response.body)).toMatch(/noSuchVerb/);
  });

  it('marks the conversation uninstalled when the app is removed', async () => {
    await bot.post(bot.activities.installationUpdate({ action: 'add', user: performer }));
    await bot.post(bot.activities.installationUpdate({ action: 'remove', user: performer }));
    const stored = await bot.app.services.conversations.findPersonal(performer.aadObjectId);
    expect(stored?.installed).toBe(false);
  });

  it('creates its indexes at start (idempotently: a second start changes nothing)', async () => {
    const client = await MongoClient.connect(bot.config.mongodbUri as string);
    try {
      const names = (await client.db(bot.config.mongodbDb).collection('occasions').indexes()).map(
        (i) => i.name,
      );
      expect(names).toEqual(expect.arrayContaining(['occasion_identity', 'planId_dueDate']));
    } finally {
      await client.close();
    }
  });
});

describe('with Microsoft credentials', () => {
  let bot: TestBot;

  beforeAll(async () => {
    bot = await startTestBot({
      label: 'auth',
      env: {
        MicrosoftAppId: '0f9e8d7c-6b5a-4c3d-8e2f-1a0b9c8d7e6f',
        MicrosoftAppPassword: 'not-a-real-secret',
        MicrosoftAppType: 'SingleTenant',
        MicrosoftAppTenantId: '7d1c3a5e-2f4b-4c6d-9e8f-0a1b2c3d4e5f',
      },
    });
  });
  afterAll(async () => {
    await bot.stop();
  });

  it('refuses a request without a token with 401 and changes nothing', async () => {
    const response = await bot.post(bot.activities.installationUpdate({ action: 'add', user: performer }));
    expect(response.status).toBe(401);
    expect(bot.connector.calls).toHaveLength(0);
    expect(await bot.app.services.conversations.findPersonal(performer.aadObjectId)).toBeNull();
  });

  it('refuses a malformed token with 401', async () => {
    const response = await bot.post(bot.activities.message({ text: 'hjälp' }), { token: 'not.a.jwt' });
    expect(response.status).toBe(401);
    expect(bot.connector.calls).toHaveLength(0);
  });
});
