import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Plan } from '../../src/domain/plan/types';
import { parsePlanFile, writePlan } from '../../src/planFiles';
import { adaptiveCardErrors } from '../cards/adaptiveCardErrors';
import { startTestBot, type TestBot } from '../support/startTestBot';
import { admin, performer, unitManager, type TestUser } from '../support/testUsers';

const fixtures = path.resolve(__dirname, '../fixtures/plans');
const CARD = 'application/vnd.microsoft.card.adaptive';

interface CardAction {
  type: string;
  verb?: string;
  data?: { importId?: string };
}
interface Card {
  body: unknown[];
  actions?: CardAction[];
}

async function fixturePlan(name: string): Promise<Plan> {
  const parsed = await parsePlanFile(path.join(fixtures, name));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return parsed.plan;
}

describe('importing a plan in Teams', () => {
  let bot: TestBot;

  beforeAll(async () => {
    bot = await startTestBot({
      label: 'planTeams',
      now: '2025-03-10T07:53:00Z',
      env: { IKBOT_ADMINS: `${admin.aadObjectId},${unitManager.aadObjectId}` },
    });
  });
  afterAll(async () => {
    await bot.stop();
  });
  beforeEach(async () => {
    bot.connector.reset();
    bot.setNow('2025-03-10T07:53:00Z');
    const { db } = bot.app.database;
    for (const name of ['plans', 'occasions', 'audit', 'pendingImports'])
      await db.collection(name).deleteMany({});
  });

  async function send(
    name: string,
    content: Buffer | string,
    options: { user?: TestUser; locale?: string; conversation?: 'personal' | 'channel' } = {},
  ) {
    const served = bot.connector.serveFile(name, content);
    const response = await bot.post(
      bot.activities.fileMessage({
        user: options.user ?? admin,
        locale: options.locale,
        conversation: options.conversation,
        file: { name, ...served },
      }),
    );
    expect(response.status).toBe(200);
    const sent = bot.connector.sent();
    return sent[sent.length - 1].activity;
  }

  async function sendFixture(name: string, options: { user?: TestUser; locale?: string } = {}) {
    return send(name, await readFile(path.join(fixtures, name)), options);
  }

  function cardOf(activity: { attachments?: Array<{ contentType?: string; content?: unknown }> }): Card {
    const attachment = activity.attachments?.find((candidate) => candidate.contentType === CARD);
    if (!attachment) throw new Error(`No card in ${JSON.stringify(activity)}`);
    return attachment.content as Card;
  }

  async function click(verb: string, importId: string, user: TestUser = admin) {
    const response = await bot.post(bot.activities.adaptiveCardAction({ user, verb, data: { importId } }));
    expect(response.status).toBe(200);
    const body = response.body as { statusCode: number; type: string; value: Card };
    expect(body.type).toBe(CARD);
    return body.value;
  }

  const stored = () => bot.app.services.plans.list();
  const pendingCount = () => bot.app.database.db.collection('pendingImports').countDocuments();

  it('an administrator sends the Excel plan, sees the summary, confirms, and the plan is stored once', async () => {
    const reply = await sendFixture('vaggeryd-2025.xlsx');
    expect(reply.text).toMatch(/Här är planen i ”vaggeryd-2025\.xlsx”/);
    expect(reply.text).toMatch(/Planen är ny/);
    const card = cardOf(reply);
    const json = JSON.stringify(card);
    expect(json).toMatch(/Plan för intern kontroll år 2025/);
    expect(json).toMatch(/S 2 × K 4 = R 8/);
    expect(json).toMatch(/Internkontrollplan/);
    expect(json).toMatch(/Kontrollmoment: 7/);
    expect(json).toMatch(/Kontrolltillfällen per månad \(18 totalt\)/);
    expect(card.actions?.map((action) => action.verb)).toEqual(['confirmImport', 'cancelImport']);
    const importId = card.actions?.[0].data?.importId as string;
    expect(importId).toMatch(/^[0-9a-f-]{36}$/);
    // Nothing is stored before the administrator confirms.
    expect(await stored()).toEqual([]);
    expect(await bot.app.services.occasions.count({ includeRetired: true })).toBe(0);

    bot.setNow('2025-03-10T07:55:00Z');
    const confirmed = await click('confirmImport', importId);
    expect(JSON.stringify(confirmed)).toMatch(
      /Importerad av Sara Nilsson 2025-03-10 08:55 CET: 18 kontrolltillfällen\./,
    );
    expect(confirmed.actions ?? []).toEqual([]);
    expect(adaptiveCardErrors(confirmed)).toEqual([]);
    const plans = await stored();
    expect(plans.map((plan) => [plan.plan.id, plan.revision, plan.importedBy])).toEqual([
      ['VAG-SOF-2025', 1, admin.aadObjectId],
    ]);
    expect(await bot.app.services.occasions.count({ planId: 'VAG-SOF-2025' })).toBe(18);

    // A second click (or a retry by Teams) imports nothing more and shows the same outcome.
    const again = await click('confirmImport', importId);
    expect(JSON.stringify(again)).toMatch(/Importerad av Sara Nilsson 2025-03-10 08:55/);
    expect((await stored())[0].revision).toBe(1);
    const audit = await bot.app.services.audit.forSubject('VAG-SOF-2025');
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      action: 'plan.imported',
      actor: { aadObjectId: admin.aadObjectId, name: admin.name },
      details: { fileName: 'vaggeryd-2025.xlsx', revision: 1 },
    });
  });

  it('shows the warnings of a plan on its summary card, in the user’s language', async () => {
    const reply = await sendFixture('alingsas-2023.yaml', { locale: 'en-GB' });
    expect(reply.text).toMatch(/Here is the plan in “alingsas-2023\.yaml”/);
    const json = JSON.stringify(cardOf(reply));
    expect(json).toMatch(/"Warnings"/);
    expect(json).toMatch(/Import the plan/);
    expect(json).toMatch(/Control occasions per month \(56 in all\)/);
    expect(adaptiveCardErrors(cardOf(reply))).toEqual([]);
  });

  it('reports what a changed plan changes, and keeps answered occasions', async () => {
    const plan = await fixturePlan('vaggeryd-2025.yaml');
    const first = cardOf(await send('plan.yaml', await writePlan(plan, 'yaml')));
    await click('confirmImport', first.actions?.[0].data?.importId as string);
    const answered = 'VAG-SOF-2025/VAG25-R2-K1/ifo-myndighet/2025-06';
    const now = new Date('2025-06-20T10:00:00Z');
    const actor = { aadObjectId: performer.aadObjectId, name: performer.name };
    await bot.app.services.occasions.saveResult(
      answered,
      0,
      'answered',
      {
        result: {
          kind: 'performed',
          performedOn: '2025-06-20',
          answers: [],
          assessment: 'godkand',
          deviations: 0,
        },
        version: 1,
        submittedBy: actor,
        submittedAt: now,
        firstSubmittedBy: actor,
        firstSubmittedAt: now,
      },
      now,
    );

    const changed = structuredClone(plan);
    changed.riskAreas[1].controls = [];
    changed.riskAreas[0].controls[0].method = 'Observation, 10 tillfällen';
    const reply = await send('plan.yaml', await writePlan(changed, 'yaml'));
    expect(reply.text).toMatch(
      /Jämfört med den lagrade planen: 0 nya kontrollmoment, 1 borttagna \(VAG25-R2-K1\), 1 ändrade \(VAG25-R1-K1\)/,
    );
    await click('confirmImport', cardOf(reply).actions?.[0].data?.importId as string);
    expect((await stored())[0].revision).toBe(2);
    expect(await bot.app.services.occasions.findById(answered)).toMatchObject({ retired: true, version: 1 });
    expect(await bot.app.services.occasions.count({ planId: 'VAG-SOF-2025' })).toBe(10);
  });

  it('cancel stores nothing, and the card says who cancelled', async () => {
    const card = cardOf(await sendFixture('vaggeryd-2025.yaml'));
    const importId = card.actions?.[0].data?.importId as string;
    const cancelled = await click('cancelImport', importId);
    expect(JSON.stringify(cancelled)).toMatch(
      /Importen avbröts av Sara Nilsson 2025-03-10 08:53 CET\. Inget har ändrats\./,
    );
    expect(cancelled.actions ?? []).toEqual([]);
    const late = await click('confirmImport', importId);
    expect(JSON.stringify(late)).toMatch(/Importen avbröts/);
    expect(await stored()).toEqual([]);
    expect(await bot.app.services.occasions.count({ includeRetired: true })).toBe(0);
  });

  it('only the administrator who sent the file may confirm it', async () => {
    const card = cardOf(await sendFixture('vaggeryd-2025.yaml'));
    const importId = card.actions?.[0].data?.importId as string;
    const otherAdmin = await click('confirmImport', importId, unitManager);
    expect(JSON.stringify(otherAdmin)).toMatch(/Bara Sara Nilsson, som skickade planfilen, kan importera/);
    const notAdmin = await click('confirmImport', importId, performer);
    expect(JSON.stringify(notAdmin)).toMatch(/bara en administratör/);
    expect(await stored()).toEqual([]);
    // The sender still can.
    expect(JSON.stringify(await click('confirmImport', importId))).toMatch(/Importerad av Sara Nilsson/);
  });

  it('refuses a plan file from a non-administrator, politely, and keeps nothing', async () => {
    const reply = await sendFixture('vaggeryd-2025.xlsx', { user: performer });
    expect(reply.text).toMatch(/Bara administratörer för ikbot kan importera en plan/);
    expect(reply.attachments ?? []).toHaveLength(0);
    expect(await pendingCount()).toBe(0);
    expect(bot.connector.calls.some((call) => call.path.includes('/files/'))).toBe(false);
  });

  it('lists every mistake of broken.yaml in the user’s language and changes nothing', async () => {
    const sv = await sendFixture('broken.yaml');
    expect(sv.text).toMatch(/Planen i ”broken\.yaml” kunde inte importeras: \d+ fel\. Inget har ändrats\./);
    const lines = (sv.text ?? '').split('\n').filter((line) => line.startsWith('- '));
    expect(lines.length).toBeGreaterThanOrEqual(5);
    expect(sv.text).toMatch(/- rad \d+, fält `riskAreas\[0\]\.probability`: /);
    expect(sv.text).toMatch(/hygiensamordnare/);
    expect(sv.text).toMatch(/13/);
    expect(sv.text).toMatch(/R1-K1/);
    const en = await sendFixture('broken.yaml', { locale: 'en-US' });
    expect(en.text).toMatch(/could not be imported/);
    expect(en.text).toMatch(/- line \d+, field `riskAreas\[0\]\.controls\[2\]\.title`: /);
    expect(await pendingCount()).toBe(0);
    expect(await stored()).toEqual([]);
  });

  it('says so when the file is too large, unreachable or not a plan format', async () => {
    const big = await send('plan.xlsx', Buffer.alloc(6 * 1024 * 1024, 1));
    expect(big.text).toMatch(/”plan\.xlsx” är för stor: gränsen är 5 MB/);
    const response = await bot.post(
      bot.activities.fileMessage({
        user: admin,
        file: {
          name: 'plan.yaml',
          downloadUrl: `${bot.connector.url}files/no-such-file/plan.yaml`,
          uniqueId: 'x',
          fileType: 'yaml',
        },
      }),
    );
    expect(response.status).toBe(200);
    const sent = bot.connector.sent();
    expect(sent[sent.length - 1].activity.text).toMatch(/Jag kunde inte hämta filen ”plan\.yaml”/);
    const docx = await send('plan.docx', 'not a plan');
    expect(docx.text).toMatch(/Jag kan inte läsa ”plan\.docx” som en plan/);
    expect(await pendingCount()).toBe(0);
  });

  it('expires a pending import after a day: Confirm then says to send the file again', async () => {
    const card = cardOf(await sendFixture('vaggeryd-2025.yaml'));
    bot.setNow('2025-03-11T08:00:00Z');
    const late = await click('confirmImport', card.actions?.[0].data?.importId as string);
    expect(JSON.stringify(late)).toMatch(/Den här importen finns inte längre/);
    expect(await stored()).toEqual([]);
    // The next upload deletes the expired one explicitly.
    await sendFixture('alingsas-2023.yaml');
    expect(await pendingCount()).toBe(1);
  });

  it('"plan" and "plan 2025" show the stored plan to anyone, without import buttons', async () => {
    const none = await bot.post(bot.activities.message({ user: performer, text: 'plan' }));
    expect(none.status).toBe(200);
    expect(bot.connector.sent()[0].activity.text).toMatch(/Det finns ingen plan för intern kontroll ännu/);

    const card = cardOf(await sendFixture('vaggeryd-2025.yaml'));
    await click('confirmImport', card.actions?.[0].data?.importId as string);
    bot.connector.reset();
    await bot.post(bot.activities.message({ user: performer, text: 'plan' }));
    await bot.post(bot.activities.message({ user: performer, text: 'plan 2025', locale: 'en-US' }));
    await bot.post(bot.activities.message({ user: performer, text: 'plan 2024' }));
    const [current, byYear, missing] = bot.connector.sent();
    const shown = cardOf(current.activity);
    expect(JSON.stringify(shown)).toMatch(/Plan för intern kontroll år 2025/);
    expect(JSON.stringify(shown)).toMatch(/Kontrolltillfällen per månad \(18 totalt\)/);
    expect(shown.actions ?? []).toEqual([]);
    expect(JSON.stringify(cardOf(byYear.activity))).toMatch(/Risk value/);
    expect(missing.activity.text).toMatch(/Det finns ingen plan för intern kontroll för 2024/);
  });
});
