import { occasionsOf } from '../../src/domain/schedule/occasionsOf';
import type { Plan } from '../../src/domain/plan/types';
import { createAdapter } from '../../src/teams/createAdapter';
import { TeamsMessenger } from '../../src/teams/TeamsMessenger';
import { sendWeeklyDigests, type WeeklyDigestDeps } from '../../src/usecases/sendWeeklyDigests';
import { loadFixturePlan } from '../reports/seedResults';
import { startTestBot, type TestBot } from '../support/startTestBot';
import { admin, testTeam, testTenant } from '../support/testUsers';

/** Issue 14 item 10: weekly digests are delivered exactly once per day and recipient, retried on 429/5xx. */
describe('weekly digests through the outbox', () => {
  let bot: TestBot;
  let plan: Plan;
  const monday = new Date('2025-09-15T06:00:00Z');

  beforeAll(async () => {
    bot = await startTestBot({ label: 'digestOutbox', now: monday });
    plan = await loadFixturePlan('vaggeryd-2025.yaml');
    const { plans, occasions } = bot.app.services;
    await plans.save(plan, 'test', new Date('2025-01-02T08:00:00Z'));
    const areaOf = new Map(plan.riskAreas.flatMap((a) => a.controls.map((c) => [c.id, a.id] as const)));
    await occasions.sync(
      plan.id,
      occasionsOf(plan),
      (id) => areaOf.get(id) ?? '',
      new Date('2025-01-02T08:00:00Z'),
    );
    await bot.post(bot.activities.message({ text: 'prenumerera', conversation: 'channel', user: admin }));
  });
  afterAll(async () => {
    await bot.stop();
  });
  beforeEach(() => bot.connector.reset());

  const deps = (owner: string): WeeklyDigestDeps => ({
    plans: bot.app.services.plans,
    ...bot.app.services.digests,
    messenger: new TeamsMessenger({
      adapter: createAdapter(bot.config, bot.app.services.logger),
      conversations: bot.app.services.conversations,
      appId: '',
      serviceUrl: bot.connector.url,
      logger: bot.app.services.logger,
      now: () => monday,
    }),
    deliveries: bot.app.services.deliveries,
    owner,
    sleep: async () => undefined,
    timeZone: 'Europe/Stockholm',
    tenantId: testTenant.id,
  });
  const channelPosts = () =>
    bot.connector
      .sent()
      .filter((s) => s.conversationId === testTeam.controlChannel.id && s.activity.attachments);

  it('retries a channel post on 429 and 5xx, waiting as Retry-After says, and delivers it once', async () => {
    const base = deps('process-a');
    const waits: number[] = [];
    // Teams answers the first two posts to the channel with 429 (Retry-After 7 s) and 503.
    const transient = [
      {
        ok: false as const,
        permanent: false,
        status: 429,
        retryAfterMs: 7000,
        reason: '429 ThrottledRequest',
      },
      { ok: false as const, permanent: false, status: 503, reason: '503 ServiceUnavailable' },
    ];
    const messenger = base.messenger;
    const summary = await sendWeeklyDigests(
      {
        ...base,
        sleep: async (ms) => {
          waits.push(ms);
        },
        messenger: {
          sendToPerson: (recipient, message) => messenger.sendToPerson(recipient, message),
          sendToConversation: async (key, message) =>
            transient.shift() ?? messenger.sendToConversation(key, message),
        },
      },
      monday,
    );
    expect(summary).toMatchObject({ channelsSent: 1, channelsFailed: [] });
    expect(waits.slice(0, 2)).toEqual([7000, 2000]);
    expect(channelPosts()).toHaveLength(1);
    // The outcome is recorded with every attempt, apart from the reminder outbox.
    const { db } = bot.app.database;
    const [channel] = await db
      .collection('onceDeliveries')
      .find({ _id: { $regex: `^digest\\|2025-09-15\\|${plan.id}\\|` }, 'attempts.httpStatus': 429 } as never)
      .toArray();
    expect(channel).toMatchObject({ status: 'sent', owner: 'process-a' });
    expect(
      channel.attempts.map((a: { outcome: string; httpStatus?: number }) => [a.outcome, a.httpStatus]),
    ).toEqual([
      ['retry', 429],
      ['retry', 503],
      ['sent', undefined],
    ]);
    expect(await db.collection('outbox').countDocuments({ _id: { $regex: '^digest' } } as never)).toBe(0);
  });

  it('a second process (or a re-run) the same day sends nothing again', async () => {
    const summary = await sendWeeklyDigests(deps('process-b'), monday);
    expect(summary.channelsSent).toBe(0);
    expect(summary.managersSent).toBe(0);
    expect(summary.alreadySent).toBeGreaterThan(0);
    expect(channelPosts()).toHaveLength(0);
  });
});
