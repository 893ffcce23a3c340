import { occasionsOf } from '../../src/domain/schedule/occasionsOf';
import type { OccasionRecord } from '../../src/domain/ports/OccasionRepository';
import type { Plan } from '../../src/domain/plan/types';
import { createAdapter } from '../../src/teams/createAdapter';
import { TeamsMessenger } from '../../src/teams/TeamsMessenger';
import { computeManagerDigests } from '../../src/usecases/computeManagerDigests';
import { sendWeeklyDigests } from '../../src/usecases/sendWeeklyDigests';
import { adaptiveCardErrors } from '../cards/adaptiveCardErrors';
import { loadFixturePlan } from '../reports/seedResults';
import { startTestBot, type TestBot } from '../support/startTestBot';
import { admin, performer, testTeam, testTenant, unitManager } from '../support/testUsers';
import { pairKey, responsibleManagers } from '../../src/domain/digests/responsibleManagers';
import { resolveAssignment } from '../../src/domain/plan/resolveAssignment';

type Card = { body: Array<Record<string, unknown>> };
const actor = { aadObjectId: admin.aadObjectId, name: admin.name };

function cardOf(activity: { attachments?: Array<{ content?: unknown }> }): Card {
  return activity.attachments?.[0]?.content as Card;
}
function facts(card: Card): Record<string, string> {
  const set = card.body.find((element) => element.type === 'FactSet') as {
    facts: Array<{ title: string; value: string }>;
  };
  return Object.fromEntries(set.facts.map((fact) => [fact.title, fact.value]));
}

async function answer(
  bot: TestBot,
  occasion: OccasionRecord,
  assessment: 'godkand' | 'delvis_godkand',
  deviations: number,
) {
  const at = new Date('2025-09-01T08:00:00Z');
  const stored = {
    version: 1,
    submittedBy: actor,
    submittedAt: at,
    firstSubmittedBy: actor,
    firstSubmittedAt: at,
  };
  const result = {
    kind: 'performed' as const,
    performedOn: '2025-08-30',
    answers: [],
    assessment,
    deviations,
  };
  const saved = await bot.app.services.occasions.saveResult(
    occasion.id,
    occasion.version,
    'answered',
    { ...stored, result },
    at,
  );
  expect(saved.saved).toBe(true);
}

describe('digests on a known dataset (Vaggeryd 2025), subscriptions and status', () => {
  let bot: TestBot;
  let plan: Plan;
  let inScope: OccasionRecord[];

  beforeAll(async () => {
    bot = await startTestBot({ label: 'digest', now: '2025-09-15T08:00:00Z' });
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
    inScope = await occasions.find({ planId: plan.id, dueFrom: '2025-01-01', dueTo: '2025-09-30' });
    // The dataset: one approved, one partly approved with 2 deviations, one not applicable; the rest open.
    await answer(bot, inScope[0], 'godkand', 0);
    await answer(bot, inScope[1], 'delvis_godkand', 2);
    await occasions.saveResult(
      inScope[2].id,
      0,
      'notApplicable',
      {
        result: { kind: 'notApplicable', reason: 'Inga ärenden' },
        version: 1,
        submittedBy: actor,
        submittedAt: new Date(),
        firstSubmittedBy: actor,
        firstSubmittedAt: new Date(),
      },
      new Date(),
    );
  });
  afterAll(async () => {
    await bot.stop();
  });
  beforeEach(() => bot.connector.reset());

  it('status in a channel answers with the leadership digest whose numbers match the stored results', async () => {
    expect(inScope.length).toBeGreaterThan(5);
    const overdue = inScope.slice(3).filter((o) => o.dueDate < '2025-09-15').length;
    await bot.post(bot.activities.message({ text: 'status', conversation: 'channel', user: performer }));
    const [reply] = bot.connector.sent();
    const card = cardOf(reply.activity);
    expect(facts(card)).toMatchObject({
      Genomförda: `2 av ${inScope.length}`,
      'Att göra': String(inScope.length - 3),
      'Varav försenade': String(overdue),
      'Ej aktuella': '1',
      Bedömning: 'Godkänd 1 · Delvis godkänd 1 · Ej godkänd 0',
      'Ej helt godkända': '1',
      Avvikelser: '2',
    });
    const errors = adaptiveCardErrors(card);
    // Teams renders the charts; clients without them (and the library) use the fallback TextBlocks.
    expect(errors.every((e) => /Unknown element type "Chart\.(Donut|VerticalBar)"/.test(e))).toBe(true);
    const json = JSON.stringify(card);
    const notYetDue = inScope.length - 3 - overdue;
    expect(json).toContain(
      `Kontrolltillfällen: Genomförda 2 · ${notYetDue > 0 ? `Att göra, inte förfallna ${notYetDue} · ` : ''}Försenade ${overdue}`,
    );
    expect(json).not.toContain('${');
    // The overdue list names the performer from the plan's assignments (fixture people are "(exempel)").
    expect(json).toMatch(/Utförare: [^"]*\((exempel|example)\) · sista dag/);
  });

  it('status with a period answers for that period, and explains a period it does not know', async () => {
    await bot.post(
      bot.activities.message({ text: 'status 2025-03', conversation: 'channel', user: performer }),
    );
    await bot.post(
      bot.activities.message({ text: 'status vecka', conversation: 'channel', user: performer }),
    );
    const [march, bad] = bot.connector.sent();
    expect(facts(cardOf(march.activity)).Genomförda).toBe('0 av 0');
    expect(bad.activity.text).toMatch(/känner inte igen perioden ”vecka”/);
  });

  it('only an administrator may subscribe a channel; others are refused politely in the channel', async () => {
    await bot.post(bot.activities.message({ text: 'prenumerera', conversation: 'channel', user: performer }));
    const [refusal] = bot.connector.sent();
    expect(refusal.activity.text).toMatch(/bara en administratör/);
    expect(await bot.app.services.digests.subscriptions.list()).toEqual([]);

    await bot.post(
      bot.activities.message({ text: 'subscribe', conversation: 'channel', user: admin, locale: 'en-US' }),
    );
    await bot.post(bot.activities.message({ text: 'prenumerera', conversation: 'channel', user: admin }));
    await bot.post(bot.activities.message({ text: 'prenumerera', user: admin }));
    const [, done, again, personal] = bot.connector.sent();
    expect(done.activity.text).toMatch(/This channel now gets the weekly/);
    expect(again.activity.text).toMatch(/prenumererar redan/);
    expect(personal.activity.text).toMatch(/skriv \*\*@ikbot prenumerera\*\* i den kanal/);
    const subscriptions = await bot.app.services.digests.subscriptions.list();
    expect(subscriptions).toHaveLength(1);
    expect(subscriptions[0]).toMatchObject({
      conversationId: testTeam.controlChannel.id,
      tenantId: testTenant.id,
    });
  });

  it('the weekly run posts the leadership digest in the channel, each manager their own, and next week the change', async () => {
    const now = new Date('2025-09-15T05:00:00Z');
    const deps = (at: Date) => ({
      plans: bot.app.services.plans,
      ...bot.app.services.digests,
      messenger: new TeamsMessenger({
        adapter: createAdapter(bot.config, bot.app.services.logger),
        conversations: bot.app.services.conversations,
        appId: '',
        serviceUrl: bot.connector.url,
        logger: bot.app.services.logger,
        now: () => at,
      }),
      deliveries: bot.app.services.deliveries,
      owner: 'test-digest',
      timeZone: 'Europe/Stockholm',
      tenantId: testTenant.id,
    });
    const summary = await sendWeeklyDigests(deps(now), now);
    expect(summary).toMatchObject({ plans: 1, channelsSent: 1, channelsFailed: [], managersFailed: [] });
    expect(summary.managersSent).toBeGreaterThan(0);
    const sent = bot.connector.sent();
    const channelPost = sent.find((s) => s.conversationId === testTeam.controlChannel.id);
    expect(channelPost).toBeDefined();
    expect(JSON.stringify(cardOf(channelPost!.activity))).toMatch(/Ingen jämförelse ännu/);
    const managerCards = sent
      .filter((s) => s.conversationId !== testTeam.controlChannel.id)
      .map((s) => cardOf(s.activity));
    expect(managerCards).toHaveLength(summary.managersSent);
    const withMissing = managerCards
      .map((c) => JSON.stringify(c))
      .filter((json) => json.includes('"verb":"remindNow"'));
    expect(withMissing.length).toBeGreaterThan(0);
    expect(withMissing[0]).toMatch(/"occasionId":"VAG-SOF-2025/);

    // A week later one more control is answered: the channel sees +1 completed.
    await answer(bot, (await bot.app.services.occasions.findById(inScope[3].id))!, 'godkand', 0);
    bot.connector.reset();
    const nextWeek = new Date('2025-09-22T05:00:00Z');
    await sendWeeklyDigests(deps(nextWeek), nextWeek);
    const next = bot.connector.sent().find((s) => s.conversationId === testTeam.controlChannel.id)!;
    expect(JSON.stringify(cardOf(next.activity))).toContain('Sedan 2025-09-15: +1 genomförda, −1 att göra');
  });

  it('"Påminn nu" on a manager digest reminds the performer now; someone else may not', async () => {
    const managers = responsibleManagers(plan).filter((m) => m.person.aadObjectId);
    const open = await bot.app.services.occasions.find({
      planId: plan.id,
      statuses: ['open'],
      dueTo: '2025-09-30',
    });
    const target = open.find((o) => managers.some((m) => m.pairs.has(pairKey(o.controlId, o.unitId))))!;
    const manager = managers.find((m) => m.pairs.has(pairKey(target.controlId, target.unitId)))!;
    const managerUser = {
      ...unitManager,
      id: '29:1ManagerFromPlan',
      aadObjectId: manager.person.aadObjectId!,
      name: manager.person.name,
    };

    // The performer has the app installed (their 1:1 conversation is stored), as the reminders need.
    const control = plan.riskAreas.flatMap((a) => a.controls).find((c) => c.id === target.controlId)!;
    const person = resolveAssignment(plan, control.performerRoleId!, target.unitId)!.person;
    const performerUser = {
      ...performer,
      id: '29:1PerformerFromPlan',
      aadObjectId: person.aadObjectId!,
      name: person.name,
    };
    await bot.post(bot.activities.installationUpdate({ action: 'add', user: performerUser }));
    bot.connector.reset();

    const refused = await bot.post(
      bot.activities.adaptiveCardAction({
        verb: 'remindNow',
        data: { occasionId: target.id },
        user: performer,
      }),
    );
    expect(JSON.stringify(refused.body)).toMatch(/bara en administratör/);
    expect(bot.connector.sent()).toHaveLength(0);

    // Teams waits only seconds for the answer: it comes before the reminder is sent (issue 14 item 10).
    const messenger = bot.app.services.messenger;
    const realSend = messenger.sendToPerson.bind(messenger);
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    const spy = jest.spyOn(messenger, 'sendToPerson').mockImplementation(async (recipient, message) => {
      await held;
      return realSend(recipient, message);
    });
    let response: Awaited<ReturnType<typeof bot.post>>;
    try {
      response = await bot.post(
        bot.activities.adaptiveCardAction({
          verb: 'remindNow',
          data: { occasionId: target.id },
          user: managerUser,
        }),
      );
      expect(bot.connector.sent()).toHaveLength(0);
      release();
      await bot.connector.waitFor(
        (call) => /Påminnelsen är skickad till/.test(String(call.activity?.text)),
        10_000,
      );
    } finally {
      spy.mockRestore();
    }
    expect(response.body).toMatchObject({ statusCode: 200, type: 'application/vnd.microsoft.card.adaptive' });
    // The card the button was on comes back up to date: the manager's digest, with its buttons.
    expect(JSON.stringify(response.body)).toContain('"verb":"remindNow"');
    expect(JSON.stringify(response.body)).toContain('Påminnelsen skickas till');
    const sent = bot.connector.sent();
    const reminder = sent.find((s) => String(s.activity.text).startsWith('Påminnelse från'));
    expect(reminder?.activity.text).toContain(manager.person.name);
    expect(reminder?.conversationId).not.toBe(testTeam.controlChannel.id);
    expect(sent.some((s) => /Påminnelsen är skickad till/.test(String(s.activity.text)))).toBe(true);
    const audit = await bot.app.services.audit.forSubject(target.id);
    expect(audit.map((entry) => entry.action)).toContain('reminder.sentNow');
  });

  it('the manager digest counts the reminders the outbox delivered for each missing occasion', async () => {
    const open = await bot.app.services.occasions.find({
      planId: plan.id,
      statuses: ['open'],
      dueTo: '2025-09-30',
    });
    const target = open.find((o) =>
      responsibleManagers(plan).some((m) => m.pairs.has(pairKey(o.controlId, o.unitId))),
    )!;
    const { db } = bot.app.database;
    await db
      .collection('outbox')
      .insertMany([
        { _id: 'digest-test-1', occasionId: target.id, status: 'sent' } as never,
        { _id: 'digest-test-2', occasionId: target.id, status: 'failed' } as never,
      ]);
    const period = { key: '2025', from: '2025-01-01', to: '2025-09-30' };
    const digests = await computeManagerDigests(bot.app.services.digests, plan, period, '2025-09-15');
    const item = digests.flatMap((d) => d.missing).find((m) => m.occasionId === target.id);
    expect(item?.reminders).toBe(1);
    expect(digests.find((d) => d.missing.includes(item!))?.remindersKnown).toBe(true);
  });

  it('an administrator can end the subscription', async () => {
    await bot.post(
      bot.activities.message({ text: 'avsluta prenumeration', conversation: 'channel', user: admin }),
    );
    await bot.post(
      bot.activities.message({ text: 'avsluta prenumeration', conversation: 'channel', user: admin }),
    );
    const [ended, none] = bot.connector.sent();
    expect(ended.activity.text).toMatch(/Prenumerationen är avslutad/);
    expect(none.activity.text).toMatch(/ingen prenumeration/);
    expect(await bot.app.services.digests.subscriptions.list()).toEqual([]);
  });
});
