import path from 'node:path';
import { startEmbeddedMongo, type EmbeddedDatabase } from '../../src/storage/embedded/startEmbeddedMongo';
import { startTestBot, type TestBot } from '../support/startTestBot';
import { performer } from '../support/testUsers';

const root = path.resolve(__dirname, '../..');

describe('while the database is down', () => {
  let database: EmbeddedDatabase;
  let bot: TestBot;

  beforeAll(async () => {
    database = await startEmbeddedMongo({ projectRoot: root, backend: { kind: 'memory' }, maxHeapMb: 128 });
    bot = await startTestBot({ label: 'dbdown', databaseUri: database.uri });
    await bot.post(bot.activities.installationUpdate({ action: 'add', user: performer }));
    expect((await fetch(`${bot.app.url}/readyz`)).status).toBe(200);
    await database.stop();
  }, 120_000);
  // The database is gone: stop the bot without dropping it.
  afterAll(() => bot.stop({ drop: false }));
  beforeEach(() => bot.connector.reset());

  it('/readyz answers 503 within 2 s, and /healthz 200', async () => {
    const ready = await fetch(`${bot.app.url}/readyz`, { signal: AbortSignal.timeout(2000) });
    expect(ready.status).toBe(503);
    expect(await ready.json()).toMatchObject({ database: 'down' });
    expect((await fetch(`${bot.app.url}/healthz`)).status).toBe(200);
  });

  it('still answers hjälp and help', async () => {
    await bot.post(bot.activities.message({ text: 'hjälp' }));
    await bot.post(bot.activities.message({ text: 'help', locale: 'en-GB' }));
    expect(bot.connector.sent().map((sent) => sent.activity.text)).toEqual([
      expect.stringMatching(/Det här kan du skriva till mig/),
      expect.stringMatching(/Here is what you can write to me/),
    ]);
  });

  it('says the database is unavailable and nothing was saved for every other message', async () => {
    for (const text of ['mina kontroller', 'frånvarande till 2099-01-01', 'status', 'vad är klockan?'])
      expect((await bot.post(bot.activities.message({ text }))).status).toBe(200);
    await bot.post(bot.activities.message({ text: 'my controls', locale: 'en-GB' }));
    const texts = bot.connector.sent().map((sent) => sent.activity.text);
    expect(texts).toHaveLength(5);
    for (const text of texts.slice(0, 4)) expect(text).toMatch(/Databasen svarar inte just nu.*försök igen/);
    expect(texts[4]).toMatch(/The database is not answering right now.*try again/);
  });

  it('answers a card action with an error beside the card, so what was entered stays on it', async () => {
    const response = await bot.post(
      bot.activities.adaptiveCardAction({
        verb: 'submitResult',
        data: { planId: 'p', occasionKey: 'k', assessment: 'ok', comment: 'Allt stämmer' },
      }),
    );
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      statusCode: 503,
      type: 'application/vnd.microsoft.error',
      value: { message: expect.stringMatching(/Databasen svarar inte/) },
    });
    expect(bot.connector.sent()).toEqual([]);
  });
});
