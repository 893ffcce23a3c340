import { startTestBot, type TestBot } from '../support/startTestBot';

describe('POST /api/messages with something that is not an activity', () => {
  let bot: TestBot;
  beforeAll(async () => {
    bot = await startTestBot({ label: 'badRequests' });
  });
  afterAll(async () => {
    await bot.stop();
  });

  it.each(['{}', '[]', 'null', '{"type":""}', '{"type":"message"}'])(
    '%s answers 400 saying what is missing, not 500',
    async (body) => {
      const response = await fetch(`${bot.app.url}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
      });
      expect(response.status).toBe(400);
      expect(await response.text()).toMatch(/activity/i);
    },
  );

  it('a real activity still gets through', async () => {
    const response = await bot.post(bot.activities.message({ text: 'hjälp' }));
    expect(response.status).toBe(200);
  });
});
