import { startTestBot, type TestBot } from '../support/startTestBot';
import { admin as sara, performer as erik, unitManager as anna } from '../support/testUsers';
import { loadPlan, storePlan } from './remindersSetup';

describe('reminder commands in Teams', () => {
  let bot: TestBot;

  beforeAll(async () => {
    bot = await startTestBot({ label: 'reminder_commands', now: '2025-07-01T10:00:00+02:00' });
    await storePlan(bot.app.database.db, await loadPlan());
  });
  afterAll(async () => {
    await bot.stop();
  });
  beforeEach(() => bot.connector.reset());

  const say = async (user: typeof erik, text: string, locale?: string): Promise<string> => {
    await bot.post(bot.activities.message({ user, text, ...(locale ? { locale } : {}) }));
    const sent = bot.connector.sent();
    return sent[sent.length - 1]?.activity.text ?? '';
  };

  it('"påminnelser" lists the next reminders with their dates', async () => {
    const reply = await say(erik, 'påminnelser');
    expect(reply).toMatch(/^Dina kommande påminnelser:/);
    expect(reply).toContain('2025-07-07: förvarning – **Loggkontroll**, IFO, 2025-06');
    expect(reply).toContain('2025-07-14: sista dag – **Loggkontroll**, IFO, 2025-06');
    // The plan says Erik reads Swedish: his English Teams client does not change that (issue 14 item 11).
    const englishClient = await say(erik, 'reminders', 'en-GB');
    expect(englishClient).toContain('2025-07-07: förvarning – **Loggkontroll**, IFO, 2025-06');
  });

  it('"frånvarande till <datum>" hands reminders to the substitute; a bad date changes nothing', async () => {
    expect(await say(erik, 'frånvarande till 2025-13-40')).toContain('inte ett datum jag förstår');
    expect(await say(erik, 'frånvarande till 2025-06-01')).toContain('har redan varit');
    expect(await bot.app.services.absences.absences()).toEqual([]);
    expect(await say(erik, 'frånvarande till 2025-07-31')).toContain('frånvarande till och med 2025-07-31');
    expect(await bot.app.services.absences.absences()).toEqual([
      { aadObjectId: erik.aadObjectId, until: '2025-07-31', setBy: erik.aadObjectId },
    ]);
    expect(await say(erik, 'påminnelser')).toContain('din ersättare får dina påminnelser');
    expect(await say(erik, 'tillbaka')).toContain('Välkommen tillbaka');
    expect(await bot.app.services.absences.absences()).toEqual([]);
  });

  it('refuses an absence or a pause more than a year ahead, saying the latest date', async () => {
    expect(await say(erik, 'frånvarande till 9999-12-31')).toContain(
      '9999-12-31 ligger mer än ett år fram. Ange ett slutdatum senast 2026-07-01',
    );
    // Sara's language in the plan is English (the plan's language wins over the client's).
    expect(await say(sara, 'away until 2026-07-02')).toContain('no later than 2026-07-01');
    expect(await say(anna, 'pausa IFO till 2030-01-01')).toContain('mer än ett år fram');
    expect(await bot.app.services.absences.absences()).toEqual([]);
    expect(await say(erik, 'frånvarande till 2026-07-01')).toContain('frånvarande till och med 2026-07-01');
    await say(erik, 'tillbaka');
  });

  it('a manager can mark a person away; the performer cannot do it for others', async () => {
    expect(await say(erik, 'frånvarande Anna Lindqvist till 2025-07-31')).toContain('Bara ansvarig chef');
    expect(await say(anna, 'frånvarande Erik Olsson till 2025-07-20')).toContain(
      'Erik Olsson är markerad som frånvarande',
    );
    expect(await bot.app.services.absences.absences()).toEqual([
      { aadObjectId: erik.aadObjectId, until: '2025-07-20', setBy: anna.aadObjectId },
    ]);
    await say(erik, 'tillbaka');
  });

  it('"pausa <enhet> till <datum>" is for the unit’s manager', async () => {
    expect(await say(erik, 'pausa IFO till 2025-08-15')).toContain('Bara ansvarig chef för IFO');
    expect(await say(anna, 'pausa Okänd enhet till 2025-08-15')).toContain('hittar ingen enhet');
    expect(await say(anna, 'pausa IFO till 2025-08-15')).toContain(
      'Påminnelserna för IFO är pausade till och med 2025-08-15',
    );
    expect(await bot.app.services.absences.pauses()).toEqual([
      { planId: 'REM-TEST-2025', unitId: 'ifo', until: '2025-08-15', setBy: anna.aadObjectId },
    ]);
  });

  it('lists the reminder commands in the help text', async () => {
    const help = await say(erik, 'hjälp');
    expect(help).toContain('**påminnelser**');
    expect(help).toContain('**tillbaka**');
    expect(help).toContain('**pausa <enhet> till 2025-08-15**');
  });
});
