import { occasionsOf } from '../../src/domain/schedule/occasionsOf';
import type { Plan } from '../../src/domain/plan/types';
import { createAdapter } from '../../src/teams/createAdapter';
import { TeamsMessenger } from '../../src/teams/TeamsMessenger';
import { sendWeeklyDigests } from '../../src/usecases/sendWeeklyDigests';
import { loadFixturePlan } from '../reports/seedResults';
import { startTestBot, type TestBot } from '../support/startTestBot';
import { admin, performer, testTenant } from '../support/testUsers';

type Card = { body: Array<Record<string, unknown>> };
const cardOf = (activity: { attachments?: Array<{ content?: unknown }> }): Card =>
  activity.attachments?.[0]?.content as Card;
function facts(card: Card): Record<string, string> {
  const set = card.body.find((element) => element.type === 'FactSet') as {
    facts: Array<{ title: string; value: string }>;
  };
  return Object.fromEntries(set.facts.map((fact) => [fact.title, fact.value]));
}

/** Issue 14 items 1 and 2: a year's status is the plan's year; January digests still cover last year's plan. */
describe('digests over the plan year (Vaggeryd 2025, seen in January 2026)', () => {
  let bot: TestBot;
  let plan: Plan;

  beforeAll(async () => {
    bot = await startTestBot({ label: 'digestyear', now: '2026-01-14T08:00:00Z' });
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
  });
  afterAll(async () => {
    await bot.stop();
  });
  beforeEach(() => bot.connector.reset());

  it('the fixture has occasions of 2025 that fall due in January 2026', () => {
    expect(occasionsOf(plan).some((o) => o.dueDate >= '2026-01-01')).toBe(true);
  });

  it('status 2025 counts every occasion of the plan, also those due in January 2026', async () => {
    await bot.post(bot.activities.message({ text: 'status 2025', conversation: 'channel', user: performer }));
    const [reply] = bot.connector.sent();
    const card = cardOf(reply.activity);
    const all = occasionsOf(plan).length;
    expect(facts(card).Genomförda).toBe(`0 av ${all}`);
    expect(JSON.stringify(card)).toContain('Planåret 2025, alla perioder');
    expect(JSON.stringify(card)).not.toContain('till och med 2025-12-31');
  });

  it("the weekly digest in January covers last year's plan while its occasions are still due", async () => {
    await bot.post(bot.activities.message({ text: 'prenumerera', conversation: 'channel', user: admin }));
    bot.connector.reset();
    const now = new Date('2026-01-12T05:00:00Z');
    const summary = await sendWeeklyDigests(
      {
        plans: bot.app.services.plans,
        ...bot.app.services.digests,
        messenger: new TeamsMessenger({
          adapter: createAdapter(bot.config, bot.app.services.logger),
          conversations: bot.app.services.conversations,
          appId: '',
          serviceUrl: bot.connector.url,
          logger: bot.app.services.logger,
          now: () => now,
        }),
        deliveries: bot.app.services.deliveries,
        owner: 'test-digest',
        timeZone: 'Europe/Stockholm',
        tenantId: testTenant.id,
      },
      now,
    );
    expect(summary.plans).toBe(1);
    expect(summary.channelsSent).toBe(1);
  });

  it("status without a period in January shows last year's plan as well", async () => {
    await bot.post(bot.activities.message({ text: 'status', conversation: 'channel', user: performer }));
    const [reply] = bot.connector.sent();
    expect(reply.activity.attachments).toBeDefined();
    expect(facts(cardOf(reply.activity)).Genomförda).toBe(`0 av ${occasionsOf(plan).length}`);
  });
});
