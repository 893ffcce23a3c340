import { startTestBot, type TestBot } from '../support/startTestBot';
import { bystander, installPlan, NOW, YEAR } from './controlCardSetup';
import { performer } from '../support/testUsers';

/** Issue 14 items 7, 8 and 11: welcome once, card actions that fail, the plan's language. */
describe('Teams behaviour', () => {
  let bot: TestBot;

  beforeAll(async () => {
    bot = await startTestBot({ label: 'teamsBehaviour', now: NOW });
    await installPlan(bot);
  });
  afterAll(async () => {
    await bot.stop();
  });
  beforeEach(() => bot.connector.reset());

  it('welcomes on the first install only, not again when the app is upgraded (item 7)', async () => {
    await bot.post(bot.activities.installationUpdate({ action: 'add', user: bystander }));
    expect(bot.connector.sent().map((s) => String(s.activity.text))).toEqual([
      expect.stringMatching(/Jag är \*\*ikbot\*\*/),
    ]);
    bot.connector.reset();
    const upgraded = await bot.post(
      bot.activities.installationUpdate({ action: 'add-upgrade', user: bystander }),
    );
    expect(upgraded.status).toBe(200);
    expect(bot.connector.sent()).toEqual([]);
  });

  it("answers a card action that throws with HTTP 200 and a Universal Actions error, in the person's language (item 8)", async () => {
    const findById = jest.spyOn(bot.app.services.occasions, 'findById');
    findById.mockRejectedValueOnce(new Error('database went away'));
    try {
      const response = await bot.post(
        bot.activities.adaptiveCardAction({
          verb: 'openControl',
          data: { occasionId: YEAR },
          user: performer,
        }),
      );
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({
        statusCode: 500,
        type: 'application/vnd.microsoft.error',
        value: { code: 'InternalServerError', message: expect.stringMatching(/finns kvar på kortet/) },
      });
    } finally {
      findById.mockRestore();
    }
  });

  it("speaks the plan's language to a person in the plan even when their Teams is English (item 11)", async () => {
    // Erik is "locale: sv" in the plan; his Teams client says en-US.
    await bot.post(bot.activities.message({ text: 'help', user: performer, locale: 'en-US' }));
    const [reply] = bot.connector.sent();
    expect(String(reply.activity.text)).toMatch(/Det här kan du skriva till mig/);
  });

  it("uses the client's language for someone the plan does not name (item 11)", async () => {
    await bot.post(bot.activities.message({ text: 'help', user: bystander, locale: 'en-US' }));
    const [reply] = bot.connector.sent();
    expect(String(reply.activity.text)).toMatch(/Here is what you can write to me/);
  });
});
