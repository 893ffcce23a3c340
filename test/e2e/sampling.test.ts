import ExcelJS from 'exceljs';
import { inputById, texts } from '../cards/cardTree';
import { startTestBot, type TestBot } from '../support/startTestBot';
import { performer, type TestUser } from '../support/testUsers';
import { approvedAnswer, installPlan, invokeCard, JUNE, NOW } from './controlCardSetup';

describe('a sampled control (stickprov) through the fake Bot Connector', () => {
  let bot: TestBot;

  beforeAll(async () => {
    bot = await startTestBot({ label: 'sampling', now: NOW });
  });
  afterAll(async () => {
    await bot.stop();
  });
  beforeEach(async () => {
    bot.setNow(NOW);
    bot.connector.reset();
    await installPlan(bot, (plan) => {
      const logCheck = plan.riskAreas.flatMap((area) => area.controls).find((c) => c.id === 'CT-K1');
      if (!logCheck) throw new Error('cards-test.yaml has no CT-K1');
      logCheck.samplingRule = {
        what: 'loggar',
        percent: 10,
        window: { from: '2025-06-01', to: '2025-06-30' },
      };
    });
  });

  const invoke = (user: TestUser, verb: string, data: Record<string, unknown>) =>
    bot.post(bot.activities.adaptiveCardAction({ user, verb, data }));

  it('asks for the sample, refuses one below the rule with the entries kept, and the report shows "x av y (z %)"', async () => {
    const opened = invokeCard(await invoke(performer, 'refreshCard', { occasionId: JUNE }));
    expect(texts(opened)).toContain(
      'Stickprov: minst 10 % av loggar, granskningsperiod 2025-06-01–2025-06-30',
    );
    expect(inputById(opened, 'samplePopulation')).toMatchObject({ type: 'Input.Number', isRequired: true });

    const tooSmall = invokeCard(
      await invoke(performer, 'submitResult', {
        occasionId: JUNE,
        version: 0,
        ...approvedAnswer({ samplePopulation: '48', sampleSampled: '3', sampleFindings: '0' }),
      }),
    );
    expect(texts(tooSmall)).toContain('Regeln kräver minst 10 % av 48 = 5.');
    expect(texts(tooSmall)).toContain(
      'Stickprovet är för litet: regeln kräver minst 10 % av 48 = 5, du har angett 3. Granska fler och ange det nya antalet.',
    );
    expect(inputById(tooSmall, 'samplePopulation').value).toBe(48);
    expect(inputById(tooSmall, 'sampleSampled').value).toBe(3);
    expect(inputById(tooSmall, 'comment').value).toBe('Inga avvikelser.');
    expect((await bot.app.services.occasions.findById(JUNE))?.status).toBe('open');

    const summary = invokeCard(
      await invoke(performer, 'submitResult', {
        occasionId: JUNE,
        version: 0,
        ...approvedAnswer({ samplePopulation: '48', sampleSampled: '5', sampleFindings: '1' }),
      }),
    );
    expect(texts(summary)).toContain('Stickprov: 5 av 48 (10,4 %), 1 med brister.');

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
    const rows: string[][] = [];
    workbook.eachSheet((sheet) =>
      sheet.eachRow((row) =>
        rows.push((row.values as unknown[]).slice(1).map((value) => String(value ?? ''))),
      ),
    );
    const heading = rows.findIndex((row) => row[0] === 'Stickprov');
    expect(rows[heading + 1]).toEqual([
      'Kontrollmoment',
      'Enhet',
      'Period',
      'Metod',
      'Granskade',
      'Med brister',
    ]);
    expect(rows[heading + 2]).toEqual([
      'Loggkontroll',
      'IFO',
      '2025-06',
      'Stickprov: minst 10 % av loggar, granskningsperiod 2025-06-01–2025-06-30',
      '5 av 48 (10,4 %)',
      '1',
    ]);
  });
});
