import path from 'node:path';
import { actionRemindersDue } from '../../../src/domain/actions/actionRemindersDue';
import { actionsOfPlan } from '../../../src/domain/actions/actionsOfPlan';
import { periodLabelOf } from '../../../src/domain/actions/periodLabelOf';
import type { Action, ActionEntry } from '../../../src/domain/actions/types';
import { validateActionUpdate } from '../../../src/domain/actions/validateActionUpdate';
import { validateActionSchedule } from '../../../src/domain/actions/validateActionSchedule';
import { loadPlan } from '../../e2e/remindersSetup';

const withEntry = (action: Action, entry: Partial<ActionEntry>): Action => ({
  ...action,
  entries: [
    ...action.entries,
    {
      id: `e${action.entries.length}`,
      at: new Date('2024-03-01T08:00:00Z'),
      date: '2024-03-01',
      status: 'Pågående',
      change: { kind: 'status' },
      author: { aadObjectId: 'x', name: 'X' },
      ...entry,
    },
  ],
});

describe('the action lifecycle', () => {
  const base: Action = {
    id: 'a',
    planId: 'P',
    year: 2024,
    riskAreaId: 'R',
    source: 'plan',
    unitId: 'u',
    text: 't',
    owner: { name: 'O' },
    start: '2024-01-01',
    checkpoints: ['2024-05-01'],
    end: '2024-12-31',
    entries: [
      {
        id: 'created',
        at: new Date('2024-01-01T08:00:00Z'),
        date: '2024-01-01',
        status: 'Ej påbörjad',
        change: { kind: 'created' },
        author: { system: 'plan', name: 'ikbot' },
      },
    ],
  };

  it('moves Ej påbörjad → Pågående → a closing status, reads Swedish and English, and defaults Överförd to next year', () => {
    expect(validateActionUpdate(base, { status: 'in progress', comment: 'Igång' })).toEqual({
      ok: true,
      update: { status: 'Pågående', comment: 'Igång' },
    });
    const started = withEntry(base, {});
    expect(validateActionUpdate(started, { status: 'Överförd' })).toEqual({
      ok: true,
      update: { status: 'Överförd', carriedOverTo: 2025 },
    });
    expect(
      validateActionUpdate(started, { status: 'Done with deviation', reason: 'För få svar' }),
    ).toMatchObject({
      ok: true,
      update: { status: 'Genomförd med avvikelse', reason: 'För få svar' },
    });
  });

  it.each([
    [{ status: 'Klar' }, 'status', /Okänd status "Klar"/, /Unknown status "Klar"/],
    [{ status: 'Genomförd med avvikelse' }, 'reason', /Skriv vad som avvek/, /Write what deviated/],
    [{ status: 'Ej påbörjad', comment: 'x' }, 'status', /kan inte gå tillbaka/, /cannot go back/],
    [{ status: 'Pågående' }, 'comment', /Skriv en kommentar/, /Write a comment/],
    [{ status: 'Överförd', carriedOverTo: '2023' }, 'carriedOverTo', /förs över till/, /carried over to/],
  ])('refuses %j naming the field in Swedish and English', (input, field, sv, en) => {
    const result = validateActionUpdate(withEntry(base, {}), input);
    if (result.ok) throw new Error('accepted');
    const issue = result.issues.find((candidate) => candidate.field === field);
    expect(issue?.sv).toMatch(sv);
    expect(issue?.en).toMatch(en);
  });

  it('takes no change on a closed action', () => {
    const closed = withEntry(base, { status: 'Genomförd' });
    const result = validateActionUpdate(closed, { status: 'Pågående', comment: 'igen' });
    expect(result.ok).toBe(false);
  });

  it('checks the order of start, checkpoints and end', () => {
    expect(
      validateActionSchedule({
        start: '2024-01-01',
        checkpoints: ['2024-09-01', '2024-05-01'],
        end: '2024-12-31',
      }),
    ).toHaveLength(1);
    expect(
      validateActionSchedule({ start: '2024-01-01', checkpoints: ['2025-01-05'], end: '2024-12-31' })[0]
        .field,
    ).toBe('checkpoints');
    expect(validateActionSchedule({ start: '2024-02-30', checkpoints: [], end: '2024-12-31' })[0].field).toBe(
      'start',
    );
    expect(
      validateActionSchedule({ start: '2024-01-01', checkpoints: ['2024-05-01'], end: '2024-12-31' }),
    ).toEqual([]);
  });

  it('labels periods as the seeds do', () => {
    expect(periodLabelOf('2024-12-18', 'quarter')).toBe('Kvartal 4 2024');
    expect(periodLabelOf('2024-08-28', 'tertial')).toBe('Tertial 2 2024');
    expect(periodLabelOf('2024-08-28', 'quarter', 'en')).toBe('Quarter 3 2024');
  });
});

describe('actionRemindersDue', () => {
  const policy = { noticeWorkingDaysBefore: 5, escalateAfterWorkingDays: 3 };

  it('gives the substitute the owner’s reminder while the owner is away, and nothing to a closed action', async () => {
    const plan = await loadPlan(path.resolve(__dirname, '../../fixtures/plans/mellerud-2024.yaml'));
    const actions = actionsOfPlan(plan, new Date('2024-01-01T08:00:00Z'), '2024-01-01');
    const erik = 'b2222222-3c4d-4e5f-9a71-8b9c0d1e2f30';
    const sara = 'c3333333-4d5e-4f60-8b82-9c0d1e2f3041';
    const away = actionRemindersDue({
      plan,
      actions,
      today: '2024-04-25',
      policy,
      absences: [{ aadObjectId: erik, until: '2024-05-10', setBy: erik }],
    });
    expect(away.reminders.map((r) => [r.kind, r.role, r.recipient.aadObjectId, r.dueDate])).toEqual([
      ['actionNotice', 'substitute', sara, '2024-05-01'],
    ]);
    const closed = actions.map((a) => withEntry(a, { status: 'Genomförd' }));
    expect(actionRemindersDue({ plan, actions: closed, today: '2024-09-20', policy }).reminders).toEqual([]);
  });

  it('after downtime sends the next date’s notice and one escalation for the latest missed date only', async () => {
    const plan = await loadPlan(path.resolve(__dirname, '../../fixtures/plans/mellerud-2024.yaml'));
    const [a1] = actionsOfPlan(plan, new Date('2024-01-01T08:00:00Z'), '2024-01-01');
    const due = actionRemindersDue({ plan, actions: [a1], today: '2024-12-20', policy });
    expect(due.reminders.map((r) => [r.kind, r.dueDate])).toEqual([
      ['actionNotice', '2024-12-31'],
      ['actionEscalation', '2024-09-01'],
    ]);
  });
});
