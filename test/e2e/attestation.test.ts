import { computeManagerDigests } from '../../src/usecases/computeManagerDigests';
import { digestPeriodOf } from '../../src/domain/digests/digestPeriodOf';
import { renderManagerDigest } from '../../src/cards/renderManagerDigest';
import ExcelJS from 'exceljs';
import { executeActions, inputById, texts } from '../cards/cardTree';
import { startTestBot, type TestBot } from '../support/startTestBot';
import { performer, unitManager, type TestUser } from '../support/testUsers';
import { approvedAnswer, installPlan, invokeCard, JUNE, NOW } from './controlCardSetup';

describe('attestation by the responsible manager', () => {
  let bot: TestBot;

  beforeAll(async () => {
    bot = await startTestBot({ label: 'attestation', now: NOW });
  });
  afterAll(async () => {
    await bot.stop();
  });
  beforeEach(async () => {
    bot.setNow(NOW);
    bot.connector.reset();
    await bot.app.database.db.collection('attestations').deleteMany({});
    await installPlan(bot, (plan) => {
      plan.riskAreas[0].controls.find((c) => c.id === 'CT-K1')!.attestation = true;
    });
  });

  const invoke = (user: TestUser, verb: string, data: Record<string, unknown>) =>
    bot.post(bot.activities.adaptiveCardAction({ user, verb, data }));

  it('waits for attestation, a returned result reminds the performer with the entries kept, an amended one is attested and the report says who assessed it', async () => {
    // Erik has the app (a personal chat the bot knows).
    await bot.post(bot.activities.message({ text: 'hjälp', user: performer }));
    const submitted = invokeCard(
      await invoke(performer, 'submitResult', { occasionId: JUNE, version: 0, ...approvedAnswer() }),
    );
    expect(texts(submitted)).toContain('Väntar på attest');
    expect(executeActions(submitted).map((a) => a.verb)).not.toContain('attestResult');

    const managerView = invokeCard(await invoke(unitManager, 'refreshCard', { occasionId: JUNE }));
    expect(texts(managerView)).toContain('Väntar på attest');
    expect(executeActions(managerView).map((a) => a.verb)).toEqual(
      expect.arrayContaining(['attestResult', 'returnResult']),
    );

    const plan = (await bot.app.services.plans.findById('CARDS-TEST-2025'))!.plan;
    const period = digestPeriodOf('2025', '2025-07-15')!;
    const digestOf = async () =>
      (await computeManagerDigests(bot.app.services.digests, plan, period, '2025-07-15'))[0];
    const waitingDigest = await digestOf();
    expect(waitingDigest.waitingAttestations).toBe(1);
    expect(texts(renderManagerDigest({ locale: 'sv', digest: waitingDigest }))).toContain(
      'Resultat som väntar på din attest: 1',
    );

    const noComment = invokeCard(await invoke(unitManager, 'returnResult', { occasionId: JUNE, version: 1 }));
    expect(texts(noComment)).toContain(
      'Skriv en kommentar om vad utföraren ska ändra innan du returnerar resultatet.',
    );
    expect(await bot.app.database.db.collection('attestations').countDocuments()).toBe(0);

    bot.connector.reset();
    const returned = invokeCard(
      await invoke(unitManager, 'returnResult', {
        occasionId: JUNE,
        version: 1,
        attestComment: 'Ange hur många loggar som granskades.',
      }),
    );
    expect(texts(returned).join('\n')).toMatch(
      /Returnerad av Anna Lindqvist 2025-07-03 12:00 CEST: ”Ange hur många loggar som granskades\.”/,
    );
    // The performer is told in their personal chat, with the card filled in with their entries.
    const [message] = bot.connector.sent();
    expect(message.activity.text).toMatch(
      /^Anna Lindqvist har returnerat resultatet för Loggkontroll, IFO 2025-06 med kommentaren: ”Ange hur många loggar som granskades\.”/,
    );
    const card = message.activity.attachments?.[0]?.content;
    expect(inputById(card, 'comment').value).toBe('Inga avvikelser.');
    expect(inputById(card, 'check_I3').value).toBe(12);
    expect((await bot.app.services.occasions.findById(JUNE))?.result?.result).toMatchObject({
      comment: 'Inga avvikelser.',
    });

    const amended = invokeCard(
      await invoke(performer, 'submitResult', {
        occasionId: JUNE,
        version: 1,
        ...approvedAnswer({ check_I3: '14', comment: '14 loggar granskade.' }),
      }),
    );
    expect(texts(amended)).toContain('Väntar på attest');

    const attested = invokeCard(await invoke(unitManager, 'attestResult', { occasionId: JUNE, version: 2 }));
    expect(texts(attested)).toContain('Attesterad av Anna Lindqvist 2025-07-03 12:00 CEST');
    const again = invokeCard(
      await invoke(unitManager, 'returnResult', { occasionId: JUNE, version: 2, attestComment: 'x' }),
    );
    expect(texts(again)).toContain('Resultatet är redan attesterat eller returnerat.');
    expect((await digestOf()).waitingAttestations).toBeUndefined();
    const audit = (await bot.app.services.audit.forSubject(JUNE)).map((entry) => entry.action).sort();
    expect(audit).toEqual(['result.amended', 'result.attested', 'result.returned', 'result.submitted']);

    await bot.post(
      bot.activities.message({ text: 'rapport 2025', conversation: 'channel', user: performer }),
    );
    const sent = bot.connector.sent();
    const link = /\((http:\/\/localhost:\d+\/api\/reports\/[A-Za-z0-9_-]{43})\)/.exec(
      String(sent[sent.length - 1].activity.text),
    );
    const report = await fetch(`${bot.app.url}${new URL(link![1]).pathname}`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await report.arrayBuffer()) as never);
    const values: string[] = [];
    workbook.eachSheet((sheet) =>
      sheet.eachRow((row) => values.push(...(row.values as unknown[]).map(String))),
    );
    expect(values).toContain('14 loggar granskade. (bedömd av Anna Lindqvist 2025-07-03)');
  });

  it('only the responsible may attest', async () => {
    await invoke(performer, 'submitResult', { occasionId: JUNE, version: 0, ...approvedAnswer() });
    const refused = invokeCard(await invoke(performer, 'attestResult', { occasionId: JUNE, version: 1 }));
    expect(texts(refused)).toContain(
      'Bara den ansvariga för kontrollen kan attestera eller returnera resultatet.',
    );
    expect(await bot.app.database.db.collection('attestations').countDocuments()).toBe(0);
  });
});
