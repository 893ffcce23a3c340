import { addWorkingDays } from '../../src/domain/schedule/addWorkingDays';
import { performer, admin as sara, unitManager as anna } from '../support/testUsers';
import { memberOf, startReminderHarness, type ReminderHarness } from './remindersHarness';
import { hourlyInstants, loadPlan, storePlan } from './remindersSetup';

/** Swedish public holidays and de facto holidays (afton) in the test period, written out by hand. */
const holidays = new Set([
  '2025-01-01',
  '2025-01-06',
  '2025-04-18',
  '2025-04-21',
  '2025-05-01',
  '2025-05-29',
  '2025-06-06',
  '2025-06-20',
  '2025-12-24',
  '2025-12-25',
  '2025-12-26',
  '2025-12-31',
  '2026-01-01',
  '2026-01-06',
]);
const stockholm = (instant: Date): { date: string; hour: number; weekday: string } => {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/Stockholm',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    hourCycle: 'h23',
    weekday: 'short',
  }).formatToParts(instant);
  const get = (type: string): string => parts.find((part) => part.type === type)?.value ?? '';
  return {
    date: `${get('year')}-${get('month')}-${get('day')}`,
    hour: Number(get('hour')),
    weekday: get('weekday'),
  };
};

describe('reminders for a monthly log check across a whole year', () => {
  let h: ReminderHarness;
  /** Every reminder line, with the simulated time of the pass that sent it and who got it. */
  const received: Array<{ at: Date; to: string; line: string }> = [];

  beforeAll(async () => {
    h = await startReminderHarness('reminders_year');
    await storePlan(h.db, await loadPlan());
    // March is answered on time: it must never be reminded of.
    let answeredMarch = false;
    for (const instant of hourlyInstants('2025-01-01', '2026-01-31', [6, 9, 13, 17, 21])) {
      if (!answeredMarch && instant >= new Date('2025-04-01T08:00:00Z')) {
        await h.db
          .collection('occasions')
          .updateOne({ _id: 'REM-TEST-2025/REM-K1/ifo/2025-03' } as never, { $set: { status: 'answered' } });
        answeredMarch = true;
      }
      const before = h.connector.sent().length;
      await h.tick(instant);
      const fresh = h.connector.sent().slice(before);
      for (const { conversationId, line } of h.lines(fresh)) {
        received.push({ at: instant, to: memberOf(h.connector, conversationId), line });
      }
    }
  }, 600_000);
  afterAll(async () => {
    await h.close();
  });

  it('sends only on working days, never on a public holiday, and only 08–17 local time', () => {
    expect(received.length).toBeGreaterThan(30);
    for (const { at } of received) {
      const local = stockholm(at);
      expect(holidays.has(local.date)).toBe(false);
      expect(['Sat', 'Sun']).not.toContain(local.weekday);
      expect(local.hour).toBeGreaterThanOrEqual(8);
      expect(local.hour).toBeLessThan(17);
    }
  });

  it('sends each reminder once: notice, due and overdue to the performer for every month but the answered one', () => {
    const erik = received.filter((r) => r.to === performer.aadObjectId);
    const keys = erik.map((r) => r.line);
    expect(new Set(keys).size).toBe(keys.length);
    const months = ['01', '02', '04', '05', '06', '07', '08', '09', '10', '11', '12'];
    for (const month of months) {
      const ofMonth = erik.filter((r) => r.line.includes(`IFO, 2025-${month},`));
      expect(ofMonth.map((r) => r.line.replace(/.*\(/, '('))).toEqual([
        '(snart dags)',
        '(sista dag i dag)',
        '(försenad)',
      ]);
    }
    expect(erik.some((r) => r.line.includes('IFO, 2025-03,'))).toBe(false);
  });

  it('sends the due-date reminder on the due date and the notice five working days before it', () => {
    // June: due 10 working days after 2025-06-30.
    const due = addWorkingDays('2025-06-30', 10);
    const june = received.filter((r) => r.to === performer.aadObjectId && r.line.includes('IFO, 2025-06,'));
    expect(june.map((r) => stockholm(r.at).date)).toEqual([
      addWorkingDays(due, -5),
      due,
      addWorkingDays(due, 1),
    ]);
    expect(june[1].line).toContain(`sista dag ${due}`);
  });

  it('escalates to the responsible manager after three working days, once per month, listing control, unit, period, due date, performer and days overdue', () => {
    const toAnna = received.filter((r) => r.to === anna.aadObjectId);
    expect(toAnna).toHaveLength(11);
    const june = toAnna.find((r) => r.line.includes('IFO, 2025-06:'));
    const due = addWorkingDays('2025-06-30', 10);
    expect(june?.line).toBe(
      `- **Loggkontroll** – IFO, 2025-06: sista dag ${due}, 3 arbetsdagar sedan; utförare Erik Olsson`,
    );
    expect(stockholm(june?.at ?? new Date()).date).toBe(addWorkingDays(due, 3));
  });

  it('tells the substitute after escalation, in their language', () => {
    const toSara = received.filter((r) => r.to === sara.aadObjectId);
    expect(toSara).toHaveLength(11);
    expect(toSara[0].line).toMatch(/you are the substitute for Erik Olsson/);
  });

  it('records every delivery in the outbox with its attempt', async () => {
    const items = await h.outbox.forRecipient(performer.aadObjectId);
    const sent = items.filter((item) => item.status === 'sent');
    expect(sent).toHaveLength(33);
    for (const item of sent) expect(item.attempts.map((a) => a.outcome)).toEqual(['sent']);
  });
});
