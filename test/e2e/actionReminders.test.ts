import { spawn } from 'node:child_process';
import path from 'node:path';
import { MongoActionRepository } from '../../src/storage/mongo/actions/MongoActionRepository';
import { MongoAuditLog } from '../../src/storage/mongo/audit/MongoAuditLog';
import { MongoPlanRepository } from '../../src/storage/mongo/plans/MongoPlanRepository';
import { updateAction } from '../../src/usecases/actions/updateAction';
import { admin as sara, performer as erik, unitManager as anna } from '../support/testUsers';
import { memberOf, startReminderHarness, type ReminderHarness } from './remindersHarness';
import { hourlyInstants, loadPlan, storePlan } from './remindersSetup';

const planFile = path.resolve(__dirname, '../fixtures/plans/mellerud-2024.yaml');
const root = path.resolve(__dirname, '../..');
const A1 = 'MEL-SO-2024/action/MEL-A1/so';

/** Swedish public holidays and aftnar in the test period, written out by hand. */
const holidays = new Set([
  '2024-01-01',
  '2024-01-06',
  '2024-03-29',
  '2024-04-01',
  '2024-05-01',
  '2024-05-09',
  '2024-06-06',
  '2024-06-21',
  '2024-12-24',
  '2024-12-25',
  '2024-12-26',
  '2024-12-31',
  '2025-01-01',
  '2025-01-06',
]);
const stockholm = (instant: Date) => {
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

const A1_TITLE = 'Se över behörighetsstrukturen i verksamhetssystemet';
const A2_TITLE = 'Pulsmätning bland medarbetarna (mätsticka)';

describe('action reminders through a year of passes (004 layout plan)', () => {
  let h: ReminderHarness;
  const received: Array<{ at: Date; to: string; line: string; message: number }> = [];

  beforeAll(async () => {
    h = await startReminderHarness('action_reminders');
    await storePlan(h.db, await loadPlan(planFile), new Date('2023-12-20T10:00:00Z'));
    const ports = {
      actions: new MongoActionRepository(h.db),
      plans: new MongoPlanRepository(h.db),
      audit: new MongoAuditLog(h.db),
    };
    let reported = false;
    for (const instant of hourlyInstants('2024-01-01', '2025-01-20', [7, 9, 13, 17])) {
      if (!reported && instant >= new Date('2024-04-29T10:00:00Z')) {
        // Erik reports before the first checkpoint, as the action card would: no escalation for 05-01.
        const outcome = await updateAction(ports, {
          actionId: A1,
          cardEntries: 1,
          fields: { status: 'Pågående', comment: 'Inventeringen har börjat.', periodLabel: 'Tertial 1 2024' },
          actor: { aadObjectId: erik.aadObjectId, name: erik.name },
          admins: [],
          now: instant,
          timeZone: 'Europe/Stockholm',
        });
        expect(outcome.kind).toBe('saved');
        reported = true;
      }
      const before = h.connector.sent().length;
      await h.tick(instant);
      const fresh = h.connector.sent().slice(before);
      fresh.forEach((activity, index) => {
        for (const line of (activity.activity.text ?? '').split('\n').filter((l) => l.startsWith('- ')))
          received.push({
            at: instant,
            to: memberOf(h.connector, activity.conversationId),
            line,
            message: before + index,
          });
      });
    }
  }, 900_000);
  afterAll(async () => {
    await h.close();
  });

  const actionLines = (to: string) =>
    received.filter((r) => r.to === to && (r.line.includes(A1_TITLE) || r.line.includes(A2_TITLE)));

  it('sends action reminders only on working days 08–17 local time', () => {
    const lines = received.filter((r) => r.line.includes(A1_TITLE) || r.line.includes(A2_TITLE));
    expect(lines.length).toBeGreaterThanOrEqual(9);
    for (const { at } of lines) {
      const local = stockholm(at);
      expect(holidays.has(local.date)).toBe(false);
      expect(['Sat', 'Sun']).not.toContain(local.weekday);
      expect(local.hour).toBeGreaterThanOrEqual(8);
      expect(local.hour).toBeLessThan(17);
    }
  });

  it('reminds the owner once before each checkpoint and once before the end date', () => {
    expect(actionLines(erik.aadObjectId).map((r) => [stockholm(r.at).date, r.line])).toEqual([
      ['2024-04-24', expect.stringMatching(/avstämning 2024-05-01$/)],
      ['2024-08-26', expect.stringMatching(/avstämning 2024-09-01$/)],
      ['2024-12-19', expect.stringMatching(/slutdatum 2024-12-31$/)],
    ]);
    const annasOwn = actionLines(anna.aadObjectId).filter((r) => r.line.includes(A2_TITLE));
    expect(annasOwn.map((r) => [stockholm(r.at).date, r.line])).toEqual([
      ['2024-08-26', expect.stringMatching(/avstämning 2024-09-01$/)],
      ['2024-12-19', expect.stringMatching(/slutdatum 2024-12-31$/)],
    ]);
  });

  it('escalates each missed checkpoint once to the reporting owner, and not a reported one', () => {
    const toAnna = actionLines(anna.aadObjectId).filter((r) => r.line.includes('utan rapport'));
    expect(toAnna.map((r) => [stockholm(r.at).date, r.line])).toEqual([
      [
        '2024-09-04',
        expect.stringMatching(/Se över.*avstämning 2024-09-01 utan rapport.*ansvarig Erik Olsson/),
      ],
      ['2025-01-07', expect.stringMatching(/Se över.*avstämning 2024-12-31 utan rapport/)],
    ]);
    // Sara reads English.
    const toSara = actionLines(sara.aadObjectId).filter((r) => r.line.includes('without a report'));
    expect(toSara.map((r) => [stockholm(r.at).date, r.line])).toEqual([
      [
        '2024-09-04',
        expect.stringMatching(/Pulsmätning.*checkpoint 2024-09-01 without a report.*owner Anna Lindqvist/),
      ],
      ['2025-01-07', expect.stringMatching(/Pulsmätning.*checkpoint 2024-12-31 without a report/)],
    ]);
  });

  it("puts a person's control and action reminders of one pass in one message", () => {
    const erikOnNoticeDay = received.filter(
      (r) => r.to === erik.aadObjectId && stockholm(r.at).date === '2024-04-24',
    );
    expect(erikOnNoticeDay.some((r) => r.line.includes('Kontroll av behörigheter'))).toBe(true);
    expect(erikOnNoticeDay.some((r) => r.line.includes(A1_TITLE))).toBe(true);
    expect(new Set(erikOnNoticeDay.map((r) => r.message)).size).toBe(1);
  });
});

describe('two concurrent passes', () => {
  it('deliver each action and control reminder exactly once', async () => {
    const h = await startReminderHarness('action_reminders_concurrent', { latencyMs: 20 });
    try {
      await storePlan(h.db, await loadPlan(planFile), new Date('2023-12-20T10:00:00Z'));
      const instant = '2024-08-26T07:30:00Z';
      const [first, second] = await Promise.all([
        h.tick(instant, { owner: 'one' }),
        h.tick(instant, { owner: 'two' }),
      ]);
      expect(first.remindersSent + second.remindersSent).toBeGreaterThan(0);
      const lines = h.lines().map((l) => `${memberOf(h.connector, l.conversationId)} ${l.line}`);
      expect(new Set(lines).size).toBe(lines.length);
      // A1: Erik's notice before 09-01 and, caught up, the escalation of 05-01 to Anna; A2: Anna's notice.
      expect(lines.filter((l) => l.includes(A1_TITLE))).toHaveLength(2);
      expect(lines.filter((l) => l.includes(A2_TITLE))).toHaveLength(1);
      expect(h.connector.sent()).toHaveLength(first.messagesSent + second.messagesSent);
    } finally {
      await h.close();
    }
  }, 120_000);
});

describe('ikbot tick --now in its own process', () => {
  it('sends the action reminder grouped with the control reminder, and a second tick sends nothing', async () => {
    const h = await startReminderHarness('action_reminders_cli');
    try {
      await storePlan(h.db, await loadPlan(planFile), new Date('2023-12-20T10:00:00Z'));
      const run = () =>
        new Promise<number | null>((resolve) => {
          const child = spawn(process.execPath, ['bin/ikbot.js', 'tick', '--now', '2024-08-26T07:30:00Z'], {
            cwd: root,
            env: { ...process.env, ...h.env, LOG_LEVEL: 'warn' },
            stdio: 'ignore',
          });
          child.on('exit', resolve);
        });
      expect(await run()).toBe(0);
      const toErik = h.connector
        .sent()
        .filter((s) => memberOf(h.connector, s.conversationId) === erik.aadObjectId);
      expect(toErik).toHaveLength(1);
      expect(toErik[0].activity.text).toContain(`**${A1_TITLE}** – Socialt område, avstämning 2024-09-01`);
      expect(toErik[0].activity.text).toContain('Kontroll av behörigheter');
      const total = h.connector.sent().length;
      expect(await run()).toBe(0);
      expect(h.connector.sent()).toHaveLength(total);
    } finally {
      await h.close();
    }
  }, 120_000);
});
