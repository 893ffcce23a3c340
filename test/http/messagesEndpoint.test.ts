import { randomUUID } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { forgedToken } from '../support/forgedToken';
import { logSink } from '../support/logSink';
import { postActivity } from '../support/postActivity';
import { startTestBot, type TestBot } from '../support/startTestBot';
import { performer, testBotAppId } from '../support/testUsers';

function tmpEntries(): Set<string> {
  return new Set(readdirSync(os.tmpdir()));
}

/** New files in the temp folder since `before` that contain `marker`. */
function newFilesContaining(before: Set<string>, marker: string): string[] {
  return [...tmpEntries()]
    .filter((name) => !before.has(name))
    .map((name) => path.join(os.tmpdir(), name))
    .filter((file) => {
      try {
        return statSync(file).isFile() && readFileSync(file).includes(marker);
      } catch {
        return false;
      }
    });
}

async function storedDocuments(bot: TestBot): Promise<number> {
  const db = bot.app.database.db;
  let count = 0;
  for (const { name } of await db.listCollections().toArray())
    count += await db.collection(name).countDocuments();
  return count;
}

describe('POST /api/messages takes JSON activities only (local mode)', () => {
  let bot: TestBot;
  const log = logSink();

  beforeAll(async () => {
    bot = await startTestBot({ label: 'endpoint', logger: log.logger });
  });
  afterAll(async () => {
    await bot.stop();
  });
  beforeEach(() => bot.connector.reset());

  it('refuses a multipart body with 415 and writes nothing to disk', async () => {
    const before = tmpEntries();
    const marker = `ikbot-multipart-${randomUUID()}`;
    const form = new FormData();
    form.append('type', 'message');
    for (let i = 0; i < 3; i += 1)
      form.append(`file${i}`, new Blob([marker + 'x'.repeat(1024 * 1024)]), `big${i}.bin`);
    const response = await fetch(`${bot.app.url}/api/messages`, { method: 'POST', body: form });
    expect(response.status).toBe(415);
    expect(newFilesContaining(before, marker)).toEqual([]);
    expect(bot.connector.calls).toHaveLength(0);
  });

  it.each([
    ['text/plain', 'hello'],
    ['application/x-www-form-urlencoded', 'type=message&text=hj%C3%A4lp'],
    ['application/xml', '<activity type="message"/>'],
  ])('refuses %s with 415', async (contentType, body) => {
    const response = await fetch(`${bot.app.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': contentType },
      body,
    });
    expect(response.status).toBe(415);
  });

  it('refuses a body larger than an activity can be with 413', async () => {
    const activity = bot.activities.message({ text: 'x'.repeat(300 * 1024) });
    const response = await bot.post(activity);
    expect(response.status).toBe(413);
    expect(bot.connector.calls).toHaveLength(0);
  });

  it('refuses a body without a type, or not JSON, with 400 before any work', async () => {
    const stored = await storedDocuments(bot);
    const { type: _type, ...untyped } = bot.activities.installationUpdate({ action: 'add', user: performer });
    expect((await postActivity(bot.app.url, untyped)).status).toBe(400);
    expect((await postActivity(bot.app.url, [untyped])).status).toBe(400);
    expect((await postActivity(bot.app.url, 'message')).status).toBe(400);
    const broken = await fetch(`${bot.app.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"type":"message",',
    });
    expect(broken.status).toBe(400);
    expect(bot.connector.calls).toHaveLength(0);
    expect(await storedDocuments(bot)).toBe(stored);
  });

  it('still answers a real activity', async () => {
    const response = await bot.post(bot.activities.message({ text: 'hjälp' }));
    expect(response.status).toBe(200);
    expect(bot.connector.sent()[0].activity.text).toMatch(/Det här kan du skriva till mig/);
  });

  it('logs each refusal as one JSON line without a stack trace', () => {
    const refusals = log.lines().filter((line) => line.event === 'request refused');
    expect(refusals.length).toBeGreaterThanOrEqual(9);
    for (const line of refusals) {
      expect(line).toMatchObject({ status: expect.any(Number), reason: expect.any(String) });
      expect(JSON.stringify(line)).not.toMatch(/\n\s+at /);
    }
  });
});

describe('POST /api/messages with Microsoft credentials', () => {
  let bot: TestBot;
  const log = logSink();
  let consoleError: jest.SpyInstance;

  beforeAll(async () => {
    bot = await startTestBot({
      label: 'forged',
      logger: log.logger,
      env: {
        MicrosoftAppId: testBotAppId,
        MicrosoftAppPassword: 'not-a-real-secret',
        MicrosoftAppType: 'SingleTenant',
        MicrosoftAppTenantId: '7d1c3a5e-2f4b-4c6d-9e8f-0a1b2c3d4e5f',
      },
    });
    consoleError = jest.spyOn(console, 'error');
  });
  afterAll(async () => {
    consoleError.mockRestore();
    await bot.stop();
  });

  it('answers forged tokens with 401, one log line each, no stack trace, nothing stored', async () => {
    const tokens = [
      forgedToken(testBotAppId, bot.connector.url),
      forgedToken(testBotAppId, bot.connector.url, { iss: 'https://sts.windows.net/evil/' }),
      forgedToken('00000000-0000-0000-0000-000000000000', bot.connector.url),
      'eyJhbGciOiJub25lIn0.eyJpc3MiOiJodHRwczovL2FwaS5ib3RmcmFtZXdvcmsuY29tIn0.',
    ];
    for (const token of tokens) {
      const response = await bot.post(bot.activities.installationUpdate({ action: 'add', user: performer }), {
        token,
      });
      expect(response.status).toBe(401);
    }
    const refusals = log.lines().filter((line) => line.event === 'request refused' && line.status === 401);
    expect(refusals).toHaveLength(tokens.length);
    expect(log.lines().filter((line) => line.err !== undefined)).toEqual([]);
    expect(consoleError).not.toHaveBeenCalled();
    expect(bot.connector.calls).toHaveLength(0);
    expect(await bot.app.services.conversations.findPersonal(performer.aadObjectId)).toBeNull();
  });
});
