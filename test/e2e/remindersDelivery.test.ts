import { MongoAuditLog } from '../../src/storage/mongo/audit/MongoAuditLog';
import { performer, admin as sara, unitManager as anna } from '../support/testUsers';
import { memberOf, startReminderHarness, type ReminderHarness } from './remindersHarness';
import { loadPlan, storePlan } from './remindersSetup';

/** 2025-07-17 10:00 in Stockholm: the June log check is escalated; January–May are long overdue. */
const escalationDay = '2025-07-17T10:00:00+02:00';

describe('reminder delivery', () => {
  let h: ReminderHarness;

  beforeEach(async () => {
    h = await startReminderHarness('reminders_delivery');
    await storePlan(h.db, await loadPlan());
  });
  afterEach(async () => {
    await h.close();
  });

  const messagesTo = (aadObjectId: string) =>
    h.connector.sent().filter((activity) => memberOf(h.connector, activity.conversationId) === aadObjectId);

  it('catches up after downtime with one overdue reminder per occasion, in one message per person', async () => {
    const summary = await h.tick(escalationDay);
    expect(summary.messagesSent).toBe(3);
    const [toErik] = messagesTo(performer.aadObjectId);
    expect(messagesTo(performer.aadObjectId)).toHaveLength(1);
    expect(toErik.activity.text).toMatch(/^Påminnelse från ikbot: 6 kontroller väntar på dig\./);
    expect(toErik.activity.text).not.toMatch(/snart dags|sista dag i dag/);
    expect((toErik.activity.text ?? '').match(/\(försenad/g)).toHaveLength(6);
    expect(toErik.activity.attachments?.[0]?.contentType).toBe('application/vnd.microsoft.card.adaptive');
    expect(JSON.stringify(toErik.activity.attachments?.[0]?.content)).toContain('openControl');
    // A second pass the same day sends nothing more.
    await h.tick('2025-07-17T14:00:00+02:00');
    expect(h.connector.sent()).toHaveLength(3);
  });

  it('sends nothing outside working hours and lets it wait for the next working morning', async () => {
    const evening = await h.tick('2025-07-17T18:30:00+02:00');
    expect(evening.outsideWorkingHours).toBe(true);
    const saturday = await h.tick('2025-07-19T10:00:00+02:00');
    expect(saturday.outsideWorkingHours).toBe(true);
    expect(h.connector.sent()).toHaveLength(0);
    await h.tick('2025-07-21T08:05:00+02:00');
    expect(messagesTo(performer.aadObjectId)).toHaveLength(1);
  });

  it('gives the performer’s reminders to the substitute while the performer is away', async () => {
    await h.absences.setAbsence(
      { aadObjectId: performer.aadObjectId, until: '2025-07-31', setBy: performer.aadObjectId },
      new Date(),
    );
    // 2025-07-07 is the June notice date (five working days before the due date 2025-07-14).
    await h.tick('2025-07-07T09:00:00+02:00');
    expect(messagesTo(performer.aadObjectId)).toHaveLength(0);
    const [toSara] = messagesTo(sara.aadObjectId);
    expect(toSara.activity.text).toContain(
      'Loggkontroll** – IFO, 2025-06, due 2025-07-14 (coming up; you are the substitute for Erik Olsson)',
    );
    const item = (await h.outbox.forRecipient(sara.aadObjectId)).find((i) => i.periodKey === '2025-06');
    expect(item).toMatchObject({ role: 'substitute', kind: 'notice', status: 'sent' });
  });

  it('delivers everything once through 429 with Retry-After and 500, recording the retries', async () => {
    h.connector.failNext({ status: 429, retryAfterSeconds: 1, count: 4 });
    h.connector.failNext({ status: 500, count: 4 });
    const summary = await h.tick(escalationDay);
    expect(h.connector.pendingFaults).toBe(0);
    expect(summary.messagesSent).toBe(3);
    expect(summary.retries).toBeGreaterThanOrEqual(2);
    for (const person of [performer, anna, sara]) expect(messagesTo(person.aadObjectId)).toHaveLength(1);
    const items = (
      await Promise.all([performer, anna, sara].map((person) => h.outbox.forRecipient(person.aadObjectId)))
    ).flat();
    expect(new Set(items.map((item) => item.status))).toEqual(new Set(['sent']));
    expect(items.flatMap((item) => item.attempts.map((a) => a.outcome))).toContain('retry');
    await h.tick('2025-07-17T15:00:00+02:00');
    expect(h.connector.sent()).toHaveLength(3);
  });

  it('records a 403 as permanent and tells the responsible manager who could not be reached', async () => {
    h.connector.failNext({
      status: 403,
      count: 10,
      match: (request) =>
        request.operation === 'createConversation' &&
        JSON.stringify(request.body).includes(performer.aadObjectId),
    });
    await h.tick('2025-07-07T09:00:00+02:00');
    const erikItems = await h.outbox.forRecipient(performer.aadObjectId);
    // June's notice plus the overdue reminders of January–May: all refused, none retried.
    expect(erikItems.map((item) => item.status)).toEqual(Array(6).fill('failed'));
    expect(erikItems[0].reason).toMatch(/403 ConversationBlockedByUser/);
    // Anna gets her escalation of January–May and then the report that Erik cannot be reached.
    const toAnna = messagesTo(anna.aadObjectId).find((m) => m.activity.text?.includes('kunde inte nå'));
    expect(toAnna?.activity.text).toContain('Jag kunde inte nå den som ska göra följande kontroller i Teams');
    expect(toAnna?.activity.text).toContain(
      '**Loggkontroll** – IFO, 2025-06: Erik Olsson (ConversationBlockedByUser)',
    );
    const audit = await new MongoAuditLog(h.db).forSubject('REM-TEST-2025/REM-K1/ifo/2025-06');
    expect(audit.map((entry) => entry.action)).toContain('reminder.unreachable');
    // Not retried on the next pass.
    await h.tick('2025-07-07T11:00:00+02:00');
    expect(h.connector.calls.filter((c) => c.status === 403)).toHaveLength(1);
  });

  it('skips a reminder whose occasion was answered after it was created', async () => {
    h.connector.failNext({ status: 500, count: Infinity });
    const failed = await h.tick('2025-07-07T09:00:00+02:00', { maxAttempts: 1 });
    expect(failed.messagesSent).toBe(0);
    expect((await h.outbox.forRecipient(performer.aadObjectId, ['pending'])).length).toBe(6);
    await h.db
      .collection('occasions')
      .updateOne({ _id: 'REM-TEST-2025/REM-K1/ifo/2025-06' } as never, { $set: { status: 'answered' } });
    h.connector.reset();
    await h.tick('2025-07-07T10:00:00+02:00');
    const [toErik] = messagesTo(performer.aadObjectId);
    expect(toErik.activity.text).toContain('IFO, 2025-05,');
    expect(toErik.activity.text).not.toContain('IFO, 2025-06,');
    const june = (await h.outbox.forRecipient(performer.aadObjectId)).find(
      (item) => item.periodKey === '2025-06',
    );
    expect(june).toMatchObject({ status: 'skipped' });
    expect(june?.attempts.map((a) => a.outcome)).toEqual(['retry', 'skipped']);
  });
});
