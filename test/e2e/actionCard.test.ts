import path from 'node:path';
import { actionsOfPlan } from '../../src/domain/actions/actionsOfPlan';
import { controlIndex } from '../../src/domain/plan/controlIndex';
import type { Plan } from '../../src/domain/plan/types';
import { occasionsOf } from '../../src/domain/schedule/occasionsOf';
import { parsePlanFile } from '../../src/planFiles/parsePlanFile';
import { executeActions, inputById, texts } from '../cards/cardTree';
import { startTestBot, type TestBot } from '../support/startTestBot';
import {
  admin as sara,
  outsider,
  performer as erik,
  unitManager as anna,
  type TestUser,
} from '../support/testUsers';
import { invokeCard } from './controlCardSetup';

/** 2024-08-27 10:00 in Stockholm, between the A1 notice (08-26) and its checkpoint (09-01). */
const NOW = '2024-08-27T08:00:00.000Z';
const A1 = 'MEL-SO-2024/action/MEL-A1/so';

async function installMellerud(bot: TestBot): Promise<Plan> {
  const db = bot.app.database.db;
  for (const name of ['plans', 'occasions', 'audit', 'actions']) await db.collection(name).deleteMany({});
  const parsed = await parsePlanFile(path.resolve(__dirname, '../fixtures/plans/mellerud-2024.yaml'));
  if (!parsed.ok) throw new Error('mellerud-2024.yaml does not parse');
  const plan = parsed.plan;
  const index = controlIndex(plan);
  await bot.app.services.plans.save(plan, 'test', new Date(NOW));
  await bot.app.services.occasions.sync(
    plan.id,
    occasionsOf(plan),
    (id) => index.get(id)?.riskArea.id ?? '',
    new Date(NOW),
  );
  // The first reminder pass (or "mina åtgärder") after an import stores the decided actions.
  await bot.app.services.actions.ensure(actionsOfPlan(plan, new Date(NOW), '2024-08-27'));
  return plan;
}

describe('the action card through Teams', () => {
  let bot: TestBot;

  beforeAll(async () => {
    bot = await startTestBot({ label: 'actionCard', now: NOW });
  });
  afterAll(async () => {
    await bot.stop();
  });
  beforeEach(async () => {
    bot.setNow(NOW);
    bot.connector.reset();
    await installMellerud(bot);
  });

  const say = async (user: TestUser, text: string, locale?: string) => {
    bot.connector.reset();
    await bot.post(bot.activities.message({ user, text, ...(locale ? { locale } : {}) }));
    const [reply] = bot.connector.sent();
    return reply.activity.attachments?.[0]?.content as Record<string, unknown>;
  };
  const card = async (user: TestUser, verb: string, data: Record<string, unknown>) =>
    invokeCard(await bot.post(bot.activities.adaptiveCardAction({ user, verb, data })));

  it('lists my actions with a button that opens each, in Swedish and English', async () => {
    const list = await say(erik, 'mina åtgärder');
    expect(texts(list)).toContain('1. Se över behörighetsstrukturen i verksamhetssystemet');
    expect(executeActions(list).map((a) => [a.verb, a.data])).toEqual([['openAction', { actionId: A1 }]]);
    const annas = await say(anna, 'my actions', 'en-US');
    // Anna owns MEL-A2 (role ec) and is the reporting owner of MEL-A1. Her language in the plan is
    // Swedish, which wins over her English Teams client (issue 14 item 11).
    expect(executeActions(annas)).toHaveLength(2);
    expect(texts(annas)).toContain('Mina åtgärder');
    const saras = await say(sara, 'mina åtgärder');
    expect(texts(saras)).toContain('My actions');
    expect(executeActions(await say(outsider, 'mina åtgärder'))).toHaveLength(0);
  });

  it('stores the owner’s status and checkpoint comment, audits it and refreshes the card for the manager', async () => {
    const opened = await card(erik, 'openAction', { actionId: A1 });
    expect(inputById(opened, 'periodLabel').value).toBe('Tertial 2 2024');
    expect(opened).toMatchObject({ refresh: { action: { verb: 'refreshAction', data: { actionId: A1 } } } });
    const refreshFor = (opened.refresh as { userIds: string[] }).userIds;
    // Owner and reporting owner (Anna, by her stored chat or her Entra id).
    expect(refreshFor).toHaveLength(2);
    expect(refreshFor[0]).toBe(erik.id);

    const saved = await card(erik, 'updateAction', {
      actionId: A1,
      entries: 1,
      status: 'Pågående',
      comment: 'Behörigheterna i två av tre verksamheter är genomgångna.',
      periodLabel: 'Tertial 2 2024',
      audience: 'Socialnämnden',
    });
    expect(texts(saved)).toContain('Sparat.');
    expect(texts(saved)).toContain('Status: Pågående');
    const stored = await bot.app.services.actions.get(A1);
    expect(stored?.entries.at(-1)).toMatchObject({
      status: 'Pågående',
      comment: 'Behörigheterna i två av tre verksamheter är genomgångna.',
      periodLabel: 'Tertial 2 2024',
      audience: 'Socialnämnden',
      date: '2024-08-27',
      author: { aadObjectId: erik.aadObjectId },
    });
    const audit = await bot.app.services.audit.forSubject(A1);
    expect(audit.map((e) => [e.action, e.actor])).toEqual([
      ['action.updated', { aadObjectId: erik.aadObjectId, name: 'Erik Olsson' }],
    ]);

    // The manager's Teams client refreshes the old copy: it shows the new state and comment.
    const refreshed = await card(anna, 'refreshAction', { actionId: A1 });
    expect(texts(refreshed)).toContain('Status: Pågående');
    expect(texts(refreshed)).toContain('Behörigheterna i två av tre verksamheter är genomgångna.');
    expect(executeActions(refreshed).map((a) => a.verb)).toEqual(['refreshAction', 'manageAction']);

    // The same card sent again (a retried invoke) adds nothing.
    await card(erik, 'updateAction', {
      actionId: A1,
      entries: 1,
      status: 'Pågående',
      comment: 'Behörigheterna i två av tre verksamheter är genomgångna.',
    });
    expect((await bot.app.services.actions.get(A1))?.entries).toHaveLength(2);
  });

  it.each([
    ['an unknown status', { status: 'Klar' }, /Okänd status "Klar"/],
    [
      'Genomförd med avvikelse without a reason',
      { status: 'Genomförd med avvikelse', comment: 'Nästan klart' },
      /Skriv vad som avvek/,
    ],
  ])('refuses %s, keeps what was entered and stores nothing', async (_, fields, message) => {
    const answer = await card(erik, 'updateAction', {
      actionId: A1,
      entries: 1,
      periodLabel: 'Tertial 2 2024',
      ...fields,
    });
    expect(texts(answer).join('\n')).toMatch(message);
    expect(texts(answer).join('\n')).toMatch(/det du skrev finns kvar/);
    if ('comment' in fields) expect(inputById(answer, 'comment').value).toBe(fields.comment);
    expect((await bot.app.services.actions.get(A1))?.entries).toHaveLength(1);
    expect(await bot.app.services.audit.forSubject(A1)).toEqual([]);
  });

  it('keeps the input when someone else changed the action meanwhile', async () => {
    await card(erik, 'updateAction', { actionId: A1, entries: 1, status: 'Pågående', comment: 'Först' });
    const late = await card(erik, 'updateAction', {
      actionId: A1,
      entries: 1,
      status: 'Genomförd',
      comment: 'Andra fliken',
    });
    expect(texts(late).join('\n')).toMatch(/Någon annan ändrade åtgärden/);
    expect(inputById(late, 'comment').value).toBe('Andra fliken');
    expect((await bot.app.services.actions.get(A1))?.entries.map((e) => e.status)).toEqual([
      'Ej påbörjad',
      'Pågående',
    ]);
  });

  it('lets the manager reassign the owner and move dates (audited), but not report for the owner', async () => {
    const notOwner = await card(anna, 'updateAction', {
      actionId: A1,
      entries: 1,
      status: 'Genomförd',
      comment: 'x',
    });
    expect(texts(notOwner).join('\n')).toMatch(/Bara den ansvarige/);
    const badDates = await card(anna, 'manageAction', {
      actionId: A1,
      entries: 1,
      newOwner: 'erik',
      start: '2024-01-01',
      checkpoints: '2024-05-01, 2025-03-01',
      end: '2024-12-31',
    });
    expect(texts(badDates).join('\n')).toMatch(
      /Avstämningsdatum 2025-03-01 ligger efter slutdatum 2024-12-31/,
    );
    expect(inputById(badDates, 'checkpoints').value).toBe('2024-05-01, 2025-03-01');
    const stranger = await card(anna, 'manageAction', {
      actionId: A1,
      entries: 1,
      newOwner: 'kalle',
      start: '2024-01-01',
      checkpoints: '2024-05-01, 2024-09-01',
      end: '2024-12-31',
    });
    expect(texts(stranger).join('\n')).toMatch(/"kalle" finns inte bland planens personer/);
    expect((await bot.app.services.actions.get(A1))?.entries).toHaveLength(1);
    const moved = await card(anna, 'manageAction', {
      actionId: A1,
      entries: 1,
      newOwner: 'sara',
      start: '2024-01-01',
      checkpoints: '2024-05-01, 2024-10-01',
      end: '2024-12-31',
    });
    expect(texts(moved)).toContain('Sparat.');
    const stored = await bot.app.services.actions.get(A1);
    expect(stored).toMatchObject({
      owner: { personId: 'sara', aadObjectId: sara.aadObjectId },
      checkpoints: ['2024-05-01', '2024-10-01'],
    });
    expect((await bot.app.services.audit.forSubject(A1)).map((e) => e.action).sort()).toEqual([
      'action.datesMoved',
      'action.ownerReassigned',
    ]);
    // Erik no longer owns it: he may not report.
    const erikNow = await card(erik, 'openAction', { actionId: A1 });
    expect(texts(erikNow).join('\n')).toMatch(/Bara den ansvarige/);
  });
});
