import path from 'node:path';
import { actionReminderDates } from '../../src/domain/actions/actionRemindersDue';
import type { OutboxItem } from '../../src/domain/ports/Outbox';
import { MongoActionRepository } from '../../src/storage/mongo/actions/MongoActionRepository';
import { syncPlanActions } from '../../src/usecases/actions/syncPlanActions';
import { composeReminderMessage } from '../../src/usecases/composeReminderMessage';
import { reminderPolicyOf } from '../../src/usecases/reminderPolicyOf';
import { startTestBot, type TestBot } from '../support/startTestBot';
import { performer as erik, unitManager as anna } from '../support/testUsers';
import { loadPlan, storePlan } from './remindersSetup';

const planFile = path.resolve(__dirname, '../fixtures/plans/mellerud-2024.yaml');
const A1_TITLE = 'Se över behörighetsstrukturen i verksamhetssystemet';

describe('påminnelser / reminders with actions', () => {
  let bot: TestBot;

  beforeAll(async () => {
    bot = await startTestBot({ label: 'reminders_actions', now: '2024-04-22T10:00:00+02:00' });
    const plan = await loadPlan(planFile);
    await storePlan(bot.app.database.db, plan, new Date('2023-12-20T10:00:00Z'));
    await syncPlanActions(
      new MongoActionRepository(bot.app.database.db),
      plan,
      new Date('2024-01-02T09:00:00Z'),
      '2024-01-02',
    );
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

  it('lists the owner’s reminders before each checkpoint and the end date beside the controls', async () => {
    // Erik owns the access-rights action (role VU IT) and performs the dated access control.
    const policy = reminderPolicyOf(bot.config);
    const notice = (date: string) => actionReminderDates({ start: '2024-01-01' }, date, policy).notice;
    const reply = await say(erik, 'påminnelser');
    expect(reply).toMatch(/^Dina kommande påminnelser:/);
    expect(reply).toContain(
      `${notice('2024-05-01')}: åtgärd – **${A1_TITLE}**, Socialt område, avstämning 2024-05-01`,
    );
    expect(reply).toContain(
      `${notice('2024-09-01')}: åtgärd – **${A1_TITLE}**, Socialt område, avstämning 2024-09-01`,
    );
    expect(reply).toContain(
      `${notice('2024-12-31')}: åtgärd – **${A1_TITLE}**, Socialt område, slutdatum 2024-12-31`,
    );
    expect(reply).toContain('**Kontroll av behörigheter**');
    expect(reply).not.toContain('Pulsmätning'); // Anna's action
    // The plan's language wins over the client's: Erik reads English once the plan says so.
    const plan = await loadPlan(planFile);
    plan.people = plan.people.map((person) => (person.id === 'erik' ? { ...person, locale: 'en' } : person));
    await storePlan(bot.app.database.db, plan, new Date('2023-12-20T10:00:00Z'));
    const english = await say(erik, 'reminders', 'en-GB');
    expect(english).toContain(
      `${notice('2024-05-01')}: action – **${A1_TITLE}**, Socialt område, checkpoint 2024-05-01`,
    );
    expect(await say(anna, 'påminnelser')).toContain('**Pulsmätning bland medarbetarna (mätsticka)**');
  });

  it('tells the manager in action wording when an action’s owner cannot be reached', () => {
    const item = (kind: 'unreachable', locale: 'sv' | 'en'): OutboxItem => ({
      id: `u-${locale}`,
      occasionId: 'action:MEL-SO-2024/action/MEL-A1/so',
      planId: 'MEL-SO-2024',
      kind,
      role: 'manager',
      recipient: { aadObjectId: anna.aadObjectId, name: anna.name, locale },
      performer: { aadObjectId: erik.aadObjectId, name: erik.name, locale },
      controlId: 'MEL-A1',
      controlTitle: A1_TITLE,
      unitId: 'so',
      unitName: 'Socialt område',
      periodKey: '',
      dueDate: '2024-05-01',
      daysOverdue: 0,
      unreachableCode: 'ConversationBlockedByUser',
      action: { actionId: 'MEL-SO-2024/action/MEL-A1/so', date: '2024-05-01', isEnd: false },
      supersedes: [],
      tenantId: 't',
      status: 'sending',
      createdAt: new Date('2024-04-22T08:00:00Z'),
      attempts: [],
    });
    const sv = composeReminderMessage([item('unreachable', 'sv')], '2024-04-22');
    expect(sv.text).toBe(
      'Jag kunde inte nå den som äger följande åtgärder i Teams:\n\n' +
        `- **${A1_TITLE}** – Socialt område: åtgärdsansvarig Erik Olsson (ConversationBlockedByUser)`,
    );
    expect(sv.text).not.toContain('kontroller');
    expect(JSON.stringify(sv.card)).toContain('MEL-SO-2024/action/MEL-A1/so');
    const en = composeReminderMessage([item('unreachable', 'en')], '2024-04-22');
    expect(en.text).toContain('I could not reach the person who owns these actions in Teams:');
    expect(en.text).toContain('action owner Erik Olsson (ConversationBlockedByUser)');
  });
});
