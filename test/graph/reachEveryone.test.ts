import { MongoReachabilityRepository } from '../../src/storage/mongo/MongoReachabilityRepository';
import { performer as erik } from '../support/testUsers';
import { appNotInstalledFor, olle, startGraphWorld, type GraphWorld } from './graphSetup';

/** 2025-07-17 10:00 in Stockholm: January–June log checks are overdue, June is escalated. */
const day = '2025-07-17T10:00:00+02:00';

describe('reaching everyone through Microsoft Graph', () => {
  let w: GraphWorld;

  beforeEach(async () => {
    w = await startGraphWorld('graph_reach');
  });
  afterEach(async () => {
    await w.close();
  });

  const remindersTo = (aadObjectId: string) =>
    w.bot.connector
      .sent()
      .filter(
        (sent) =>
          /^(Påminnelse|Reminder) från ikbot|^Reminder/.test(sent.activity.text ?? '') &&
          w.bot.connector.conversations.get(sent.conversationId)?.members[0]?.id === aadObjectId,
      );
  const remindersInConversation = (conversationId: string) =>
    w.bot.connector
      .sent()
      .filter(
        (sent) =>
          sent.conversationId === conversationId && /Påminnelse från ikbot/.test(sent.activity.text ?? ''),
      );

  it('imports a person given only by e-mail with the object id Graph has for them', async () => {
    const outcome = await w.importGraphPlan();
    expect(outcome.ok).toBe(true);
    const stored = await w.bot.app.services.plans.findById('GRAPH-TEST-2025');
    expect(stored?.plan.people.find((p) => p.id === 'erik')?.aadObjectId).toBe(erik.aadObjectId);
    // Olle has an object id, but his account is disabled: imported, with a warning on his row.
    if (!outcome.ok) throw new Error('import failed');
    const warning = outcome.warnings.find((w) => w.path.startsWith('people[1]'));
    expect(warning?.sv).toMatch(/Olle|olle/);
    expect(warning?.sv).toContain('avstängt konto');
    expect(warning?.line).toBeGreaterThan(30);
  });

  it('installs the app for a person Teams cannot reach and delivers their reminder once, after the install event', async () => {
    expect((await w.importGraphPlan()).ok).toBe(true);
    appNotInstalledFor(w.bot, erik.aadObjectId, olle.id);

    const first = await w.tick(day);
    expect(first.failed).toBeGreaterThan(0);
    expect(w.graph.installedFor()).toEqual([erik.aadObjectId]);
    const reachability = new MongoReachabilityRepository(w.bot.app.database.db);
    const records = new Map((await reachability.unreachable()).map((r) => [r.aadObjectId, r.reason]));
    expect(records.get(erik.aadObjectId)).toBe('installPending');
    expect(records.get(olle.id)).toBe('accountDisabled');

    // Before Teams reports the installation: nothing for Erik, and no second installation.
    await w.tick('2025-07-17T11:00:00+02:00');
    expect(w.graph.installedFor()).toEqual([erik.aadObjectId]);
    expect(w.graph.requests().filter((r) => r.method === 'POST')).toHaveLength(1);

    // Teams sends the installation event; the bot stores the chat and queues what Erik missed.
    const install = w.bot.activities.installationUpdate({ action: 'add', user: erik });
    expect((await w.bot.post(install)).status).toBe(200);
    const conversationId = String(install.conversation.id);
    expect(remindersInConversation(conversationId)).toHaveLength(0);

    await w.tick('2025-07-17T11:05:00+02:00');
    const delivered = remindersInConversation(conversationId);
    expect(delivered).toHaveLength(1);
    expect(delivered[0].activity.text).toContain('Loggkontroll');
    expect(await reachability.unreachable([erik.aadObjectId])).toEqual([]);

    // Nobody gets two: more passes and a repeated installation event send nothing more.
    await w.tick('2025-07-17T11:10:00+02:00');
    await w.bot.post(w.bot.activities.installationUpdate({ action: 'add-upgrade', user: erik }));
    await w.tick('2025-07-17T11:15:00+02:00');
    expect(remindersInConversation(conversationId)).toHaveLength(1);
    expect(remindersTo(olle.id)).toHaveLength(0);
  });
});
