import { texts } from '../cards/cardTree';
import { readFile } from 'node:fs/promises';
import { runCli } from '../../src/cli/runCli';
import { MongoReachabilityRepository } from '../../src/storage/mongo/people/MongoReachabilityRepository';
import { sendWeeklyDigests } from '../../src/usecases/sendWeeklyDigests';
import { storedResult } from '../support/storedResult';
import { textSink } from '../support/textSink';
import {
  admin as sara,
  performer as erik,
  testBotAppId,
  testTenant,
  unitManager as anna,
} from '../support/testUsers';
import { appNotInstalledFor, graphPlanFile, olle, startGraphWorld, type GraphWorld } from './graphSetup';

/** 2025-07-17 10:00 in Stockholm: January–June log checks are overdue, June is escalated. */
const day = '2025-07-17T10:00:00+02:00';

/** The texts of every people-check card the bot sent, oldest first. */
function peopleCards(bot: {
  connector: { sent(): Array<{ activity: { attachments?: Array<{ content?: unknown }> } }> };
}): string[][] {
  return bot.connector
    .sent()
    .flatMap((sent) => sent.activity.attachments ?? [])
    .map((attachment) => texts(attachment.content as Record<string, unknown>))
    .filter((lines) => lines[0]?.startsWith('Personer i') || lines[0]?.startsWith('People in'));
}

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

  it('shows the manager who is unreachable and why, and people check shows each case in Teams and on the command line', async () => {
    expect((await w.importGraphPlan()).ok).toBe(true);
    appNotInstalledFor(w.bot, erik.aadObjectId, olle.id);
    await w.tick(day);

    const services = w.bot.app.services;
    const digest = await sendWeeklyDigests(
      {
        plans: services.plans,
        ...services.digests,
        messenger: services.messenger,
        deliveries: services.deliveries,
        owner: 'reachEveryone-test',
        timeZone: 'Europe/Stockholm',
        tenantId: testTenant.id,
      },
      new Date('2025-07-21T08:00:00+02:00'),
    );
    expect(digest.managersSent).toBe(1);
    const toAnna = w.bot.connector
      .sent()
      .filter(
        (sent) => w.bot.connector.conversations.get(sent.conversationId)?.members[0]?.id === anna.aadObjectId,
      )
      .map((sent) => JSON.stringify(sent.activity.attachments?.[0]?.content ?? {}))
      .filter((card) => card.includes('Når inte ikbot'));
    expect(toAnna).toHaveLength(1);
    expect(toAnna[0]).toContain('Når inte ikbot (2)');
    expect(toAnna[0]).toContain('Olle Ek: kontot är avstängt');
    expect(toAnna[0]).toContain(
      'Erik Olsson: ikbot har installerats för personen och väntar på att Teams ska bekräfta',
    );

    // In Teams, for an administrator.
    await w.bot.post(w.bot.activities.message({ user: sara, text: 'personer' }));
    // Sara's plan language is English, so her card is English whatever she typed.
    const lines = peopleCards(w.bot).pop() ?? [];
    expect(lines[0]).toBe('People in GRAPH-TEST-2025: can ikbot reach them in Teams?');
    expect(lines).toContain('2 reachable, 2 not reachable, 0 unknown.');
    // Those to act on first, under their group's heading.
    expect(lines.slice(2, 5)).toEqual([
      'Not reachable (2)',
      '❌ Erik Olsson (erik): not reachable – ikbot was installed for them and is waiting for Teams to confirm',
      '❌ Olle Ek (olle): not reachable – the account is disabled',
    ]);
    expect(lines).toContain('✅ Anna Lindqvist (anna): reachable – has a chat with ikbot');
    expect(lines).toContain('✅ Sara Nilsson (sara): reachable – has a chat with ikbot');
    // Not for everyone.
    await w.bot.post(w.bot.activities.message({ user: erik, text: 'people' }));
    expect(
      w.bot.connector
        .sent()
        .some(
          (sent) => sent.activity.text === 'Bara ikbot-administratörer kan kontrollera personerna i planen.',
        ),
    ).toBe(true);

    // After Erik's installation event he is reachable; on the command line, in both languages.
    await w.bot.post(w.bot.activities.installationUpdate({ action: 'add', user: erik }));
    const out = textSink();
    const err = textSink();
    const code = await runCli(['people', 'check', '--plan', 'GRAPH-TEST-2025'], {
      env: {
        MONGODB_URI: w.bot.config.mongodbUri,
        MONGODB_DB: w.bot.config.mongodbDb,
        LOG_LEVEL: 'silent',
        ...w.graph.env(testTenant.id, testBotAppId),
      },
      out,
      err,
      now: () => new Date(day),
    });
    expect(err.text()).toBe('');
    expect(code).toBe(0);
    expect(out.text()).toContain('- ✅ Erik Olsson (erik): nås – har en chatt med ikbot');
    expect(out.text()).toContain('- ❌ Olle Ek (olle): not reachable – the account is disabled');
    expect(out.text()).toContain('3 reachable, 1 not reachable, 0 unknown.');
  });
});

describe('when Microsoft Graph fails', () => {
  it('keeps reminding everyone else, records why the person was not reached, and logs no secret or token', async () => {
    const logLines: string[] = [];
    const w = await startGraphWorld('graph_outage', { logLines });
    try {
      expect((await w.importGraphPlan()).ok).toBe(true);
      appNotInstalledFor(w.bot, erik.aadObjectId);
      w.graph.failNext({
        status: 500,
        retryAfterSeconds: 0,
        count: Infinity,
        match: (r) => r.path.startsWith('/v1.0/users/'),
      });
      const summary = await w.tick(day);
      expect(summary.messagesSent).toBeGreaterThanOrEqual(2);
      const reached = new Set(
        w.bot.connector
          .sent()
          .map((sent) => w.bot.connector.conversations.get(sent.conversationId)?.members[0]?.id),
      );
      expect(reached.has(anna.aadObjectId)).toBe(true);
      expect(reached.has(sara.aadObjectId)).toBe(true);
      expect(w.graph.installedFor()).toEqual([]);
      const [record] = await new MongoReachabilityRepository(w.bot.app.database.db).unreachable([
        erik.aadObjectId,
      ]);
      expect(record.reason).toBe('appNotInstalled');
      expect(record.detail).toContain('Graph');
      const logs = logLines.join('');
      expect(logs).toContain('Microsoft Graph failed while checking a person');
      expect(w.graph.tokenRequests()[0]?.client_secret).toBe('fake-graph-client-secret-value');
      expect(logs).not.toContain('fake-graph-client-secret-value');
      expect(logs).not.toMatch(/fake-graph-[0-9a-f]{8}-/);
      expect(logs).not.toMatch(/Bearer /i);
    } finally {
      await w.close();
    }
  });
});

describe('without Microsoft Graph settings', () => {
  it('says the app is not installed and what to do, installs nothing, and people check cannot tell for people without a chat', async () => {
    const w = await startGraphWorld('graph_none', { graph: false });
    try {
      expect(w.bot.config.graph).toBeUndefined();
      // The plan with an e-mail-only person is refused; give Erik his object id instead.
      expect((await w.importGraphPlan()).ok).toBe(false);
      const content = (await readFile(graphPlanFile, 'utf8')).replace(
        'email: erik.olsson@exempelby.se',
        `aadObjectId: ${erik.aadObjectId}`,
      );
      expect((await w.importGraphPlan('graph-2025.yaml', Buffer.from(content))).ok).toBe(true);
      const peopleReply = async () => {
        await w.bot.post(w.bot.activities.message({ user: sara, text: 'people' }));
        return (peopleCards(w.bot).pop() ?? []).join('\n');
      };
      // Before any reminder only Sara (who is writing) has a chat; for the others ikbot cannot tell.
      // Sara's plan language is English.
      const before = await peopleReply();
      expect(before).toMatch(/❔ Olle Ek \(olle\): unknown – no chat yet/);
      expect(before).toContain('✅ Sara Nilsson (sara): reachable – has a chat with ikbot');
      expect(before).toContain('1 reachable, 0 not reachable, 3 unknown.');

      appNotInstalledFor(w.bot, erik.aadObjectId);
      await w.tick(day);
      const [record] = await new MongoReachabilityRepository(w.bot.app.database.db).unreachable([
        erik.aadObjectId,
      ]);
      expect(record.reason).toBe('appNotInstalled');
      expect(record.detail).toContain('app setup policy');
      expect(w.graph.requests()).toEqual([]);
      const after = await peopleReply();
      expect(after).toContain(
        '❌ Erik Olsson (erik): not reachable – the ikbot app is not installed for them',
      );
      expect(after).toContain('✅ Olle Ek (olle): reachable – has a chat with ikbot');
    } finally {
      await w.close();
    }
  });
});

describe('a later pass', () => {
  it('delivers what a person missed once they can be reached, even without an installation event', async () => {
    const w = await startGraphWorld('graph_later', { graph: false });
    try {
      const content = (await readFile(graphPlanFile, 'utf8')).replace(
        'email: erik.olsson@exempelby.se',
        `aadObjectId: ${erik.aadObjectId}`,
      );
      expect((await w.importGraphPlan('graph-2025.yaml', Buffer.from(content))).ok).toBe(true);
      appNotInstalledFor(w.bot, erik.aadObjectId);
      await w.tick(day);
      // An app setup policy installed ikbot for Erik; he writes to it before Teams' event reached ikbot.
      w.bot.setNow('2025-07-17T12:00:00+02:00');
      const hello = w.bot.activities.message({ user: erik, text: 'hjälp' });
      await w.bot.post(hello);
      const conversationId = String(hello.conversation.id);
      const reminders = () =>
        w.bot.connector
          .sent()
          .filter(
            (sent) =>
              sent.conversationId === conversationId &&
              /Påminnelse från ikbot/.test(sent.activity.text ?? ''),
          );
      expect(reminders()).toHaveLength(0);
      await w.tick('2025-07-17T13:00:00+02:00');
      expect(reminders()).toHaveLength(1);
      await w.tick('2025-07-17T14:00:00+02:00');
      expect(reminders()).toHaveLength(1);
    } finally {
      await w.close();
    }
  });

  it('does not send again what was missed for an occasion answered meanwhile', async () => {
    const w = await startGraphWorld('graph_answered', { graph: false });
    try {
      const content = (await readFile(graphPlanFile, 'utf8')).replace(
        'email: erik.olsson@exempelby.se',
        `aadObjectId: ${erik.aadObjectId}`,
      );
      expect((await w.importGraphPlan('graph-2025.yaml', Buffer.from(content))).ok).toBe(true);
      appNotInstalledFor(w.bot, erik.aadObjectId);
      await w.tick(day);
      const failed = (await w.bot.app.services.outbox.forRecipient(erik.aadObjectId, ['failed'])).filter(
        (item) => item.kind !== 'unreachable',
      );
      expect(failed.length).toBeGreaterThan(0);
      // Every occasion Erik missed is closed (marked not applicable) before he becomes reachable.
      const occasions = w.bot.app.services.occasions;
      for (const occasionId of new Set(failed.map((item) => item.occasionId))) {
        const occasion = await occasions.findById(occasionId);
        const at = new Date('2025-07-17T12:00:00+02:00');
        const result = storedResult(
          { kind: 'notApplicable', reason: 'Ingen verksamhet i perioden' },
          { aadObjectId: anna.aadObjectId, name: anna.name },
          at,
        );
        expect(
          (await occasions.saveResult(occasionId, occasion?.version ?? 0, 'notApplicable', result, at)).saved,
        ).toBe(true);
      }
      const stillOpen = await Promise.all(
        [...new Set(failed.map((item) => item.occasionId))].map((id) =>
          w.bot.app.services.occasions.findById(id),
        ),
      );
      expect(stillOpen.every((occasion) => occasion?.status !== 'open')).toBe(true);
      await w.bot.post(w.bot.activities.installationUpdate({ action: 'add', user: erik }));
      await w.tick('2025-07-17T13:00:00+02:00');
      const again = await w.bot.app.services.outbox.forRecipient(erik.aadObjectId);
      expect(again.filter((item) => item.id.endsWith('|again'))).toEqual([]);
    } finally {
      await w.close();
    }
  });
});
