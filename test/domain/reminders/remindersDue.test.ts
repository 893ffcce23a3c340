import path from 'node:path';
import type { Plan } from '../../../src/domain/plan/types';
import { isReminderTime } from '../../../src/domain/reminders/isReminderTime';
import { reminderDatesOf } from '../../../src/domain/reminders/reminderDatesOf';
import { remindersDue, type ReminderOccasion } from '../../../src/domain/reminders/remindersDue';
import type { ReminderPolicy } from '../../../src/domain/reminders/types';
import { occasionKey } from '../../../src/domain/schedule/occasionKey';
import { occasionsOf } from '../../../src/domain/schedule/occasionsOf';
import { parsePlanFile } from '../../../src/planFiles/parsePlanFile';

const policy: ReminderPolicy = {
  noticeWorkingDaysBefore: 5,
  escalateAfterWorkingDays: 3,
  workingHours: { start: 8, end: 17 },
  timeZone: 'Europe/Stockholm',
};
const erik = 'b2222222-3c4d-4e5f-9a71-8b9c0d1e2f30';
const sara = 'c3333333-4d5e-4f60-8b82-9c0d1e2f3041';
const anna = 'a1111111-2b3c-4d5e-8f60-7a8b9c0d1e2f';

let plan: Plan;
let occasions: ReminderOccasion[];
beforeAll(async () => {
  const parsed = await parsePlanFile(path.resolve(__dirname, '../../fixtures/plans/reminders-2025.yaml'));
  if (!parsed.ok) throw new Error('fixture does not parse');
  plan = parsed.plan;
  occasions = occasionsOf(plan).map((o) => ({ ...o, id: occasionKey(o), status: 'open', retired: false }));
});
const june = (): ReminderOccasion => occasions.find((o) => o.period.key === '2025-06') as ReminderOccasion;
const due = (today: string, extra: Partial<Parameters<typeof remindersDue>[0]> = {}) =>
  remindersDue({ plan, occasions: [june()], today, policy, ...extra }).reminders.map(
    (r) => `${r.kind}:${r.role}:${r.recipient.aadObjectId}`,
  );

describe('the reminder policy', () => {
  it('dates the ladder from the due date in working days', () => {
    expect(reminderDatesOf(june(), policy)).toEqual({
      notice: '2025-07-07',
      due: '2025-07-14',
      overdue: '2025-07-15',
      escalation: '2025-07-17',
    });
  });

  it('never puts the notice before the period starts', () => {
    const short = { ...june(), period: { key: 'x', start: '2025-07-10', end: '2025-07-11' } };
    expect(reminderDatesOf(short, policy).notice).toBe('2025-07-10');
  });

  it('gives only the latest applicable performer reminder (catch-up), replacing the earlier kinds', () => {
    expect(due('2025-07-06')).toEqual([]);
    expect(due('2025-07-07')).toEqual([`notice:performer:${erik}`]);
    expect(due('2025-07-14')).toEqual([`due:performer:${erik}`]);
    const [overdue] = remindersDue({ plan, occasions: [june()], today: '2025-07-16', policy }).reminders;
    expect(overdue.kind).toBe('overdue');
    expect(overdue.supersedes).toHaveLength(2);
    expect(due('2025-07-17')).toEqual([
      `overdue:performer:${erik}`,
      `escalation:manager:${anna}`,
      `escalation:substitute:${sara}`,
    ]);
  });

  it('sends the performer’s reminders to the substitute while the performer is away, and back afterwards', () => {
    const absences = [{ aadObjectId: erik, until: '2025-07-07', setBy: erik }];
    expect(due('2025-07-07', { absences })).toEqual([`notice:substitute:${sara}`]);
    expect(due('2025-07-14', { absences })).toEqual([`due:performer:${erik}`]);
  });

  it('sends nothing for a paused unit (or one under a paused unit), nor for answered or retired occasions', () => {
    expect(
      due('2025-07-07', { pauses: [{ planId: plan.id, unitId: 'sof', until: '2025-07-10', setBy: anna }] }),
    ).toEqual([]);
    expect(
      remindersDue({ plan, occasions: [{ ...june(), status: 'answered' }], today: '2025-07-20', policy })
        .reminders,
    ).toEqual([]);
    expect(
      remindersDue({ plan, occasions: [{ ...june(), retired: true }], today: '2025-07-20', policy })
        .reminders,
    ).toEqual([]);
  });

  it('uses a control’s own overrides of the policy', () => {
    const control = plan.riskAreas[0].controls[0];
    const overridden: Plan = {
      ...plan,
      riskAreas: [
        {
          ...plan.riskAreas[0],
          controls: [{ ...control, reminders: { noticeWorkingDaysBefore: 1, escalateAfterWorkingDays: 1 } }],
        },
      ],
    };
    const kinds = (today: string) =>
      remindersDue({ plan: overridden, occasions: [june()], today, policy }).reminders.map((r) => r.kind);
    expect(kinds('2025-07-10')).toEqual([]);
    expect(kinds('2025-07-11')).toEqual(['notice']);
    expect(kinds('2025-07-15')).toEqual(['overdue', 'escalation', 'escalation']);
  });

  it('never escalates to the performer: a performer who is also the manager escalates one level up (issue 14 item 4)', () => {
    // Erik performs for IFO and is also enhetschef of IFO; Anna is enhetschef of the whole förvaltning.
    const selfManaged: Plan = {
      ...plan,
      assignments: [...plan.assignments, { roleId: 'enhetschef', unitId: 'ifo', personId: 'erik' }],
    };
    const sent = remindersDue({ plan: selfManaged, occasions: [june()], today: '2025-07-17', policy });
    const escalations = sent.reminders.filter((r) => r.kind === 'escalation' && r.role === 'manager');
    expect(escalations.map((r) => r.recipient.aadObjectId)).toEqual([anna]);

    // With no one above (Erik is enhetschef everywhere) nobody is told as "manager", and the problem says why.
    const alone: Plan = {
      ...selfManaged,
      assignments: selfManaged.assignments.map((a) =>
        a.roleId === 'enhetschef' ? { ...a, personId: 'erik' } : a,
      ),
    };
    const result = remindersDue({ plan: alone, occasions: [june()], today: '2025-07-17', policy });
    expect(result.reminders.filter((r) => r.kind === 'escalation' && r.role === 'manager')).toEqual([]);
    expect(result.problems).toEqual([
      expect.objectContaining({ problem: 'noManager', detail: expect.stringMatching(/is the performer/) }),
    ]);
  });

  it('allows sending only on working days within working hours, Stockholm time', () => {
    expect(isReminderTime(new Date('2025-07-07T06:00:00Z'), policy)).toBe(true); // 08:00
    expect(isReminderTime(new Date('2025-07-07T05:59:00Z'), policy)).toBe(false); // 07:59
    expect(isReminderTime(new Date('2025-07-07T15:00:00Z'), policy)).toBe(false); // 17:00
    expect(isReminderTime(new Date('2025-06-06T08:00:00Z'), policy)).toBe(false); // national day
    expect(isReminderTime(new Date('2025-06-20T08:00:00Z'), policy)).toBe(false); // midsommarafton
    expect(isReminderTime(new Date('2025-07-05T08:00:00Z'), policy)).toBe(false); // Saturday
    expect(isReminderTime(new Date('2025-12-01T07:30:00Z'), policy)).toBe(true); // 08:30 in winter time
  });
});
