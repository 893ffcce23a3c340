import { createAdapter } from '../../src/teams/createAdapter';
import { TeamsMessenger } from '../../src/teams/TeamsMessenger';
import { startTestBot, type TestBot } from '../support/startTestBot';
import { teamsErrors } from '../support/fakeConnectorFaults';
import { outsider, testTenant } from '../support/testUsers';

/** Issue 14 item 10: Retry-After as a date, and Teams' 403 codes explained in words. */
describe('delivery errors from the Bot Connector', () => {
  let bot: TestBot;
  const now = new Date('2026-10-21T07:27:00Z');

  beforeAll(async () => {
    bot = await startTestBot({ label: 'deliveryErrors', now });
  });
  afterAll(async () => {
    await bot.stop();
  });
  beforeEach(() => bot.connector.reset());

  const messenger = () =>
    new TeamsMessenger({
      adapter: createAdapter(bot.config, bot.app.services.logger),
      conversations: bot.app.services.conversations,
      appId: '',
      serviceUrl: bot.connector.url,
      logger: bot.app.services.logger,
      now: () => now,
    });
  const send = () =>
    messenger().sendToPerson(
      { aadObjectId: outsider.aadObjectId, tenantId: testTenant.id, name: outsider.name },
      { text: 'Hej' },
    );

  it('honours Retry-After given as an HTTP date', async () => {
    bot.connector.failNext({ status: 429, retryAfter: 'Wed, 21 Oct 2026 07:28:00 GMT', count: 10 });
    const outcome = await send();
    expect(outcome).toMatchObject({ ok: false, permanent: false, status: 429, retryAfterMs: 60_000 });
  });

  it.each([
    [teamsErrors.conversationBlockedByUser, /has blocked ikbot in Teams/],
    [teamsErrors.botNotInConversationRoster, /not a member of the conversation/],
    [teamsErrors.botDisabledByAdmin, /administrator has blocked the ikbot app/],
  ])('explains a 403 %j in words', async (error, explanation) => {
    bot.connector.failNext({ status: 403, error, count: 10 });
    const outcome = await send();
    expect(outcome).toMatchObject({ ok: false, permanent: true, status: 403, code: error.code });
    expect(outcome.ok ? '' : outcome.reason).toMatch(explanation);
  });
});
