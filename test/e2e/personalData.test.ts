import { runIkbot } from '../support/runIkbot';
import { purgePersonalData } from '../../src/app/purgePersonalData';
import { createLogger } from '../../src/logging/createLogger';
import { MongoPersonalData } from '../../src/storage/personalData/MongoPersonalData';
import { startTestBot, type TestBot } from '../support/startTestBot';
import { JUNE, NOW, approvedAnswer, installPlan } from './controlCardSetup';
import { performer as erik, unitManager as anna } from '../support/testUsers';

/** Every stored document of every collection, as text (binary data as its base64). */
async function everything(bot: TestBot): Promise<Array<{ collection: string; text: string }>> {
  const db = bot.app.database.db;
  const all: Array<{ collection: string; text: string }> = [];
  for (const { name } of await db.listCollections({}, { nameOnly: true }).toArray())
    for (const document of await db.collection(name).find({}).toArray())
      all.push({ collection: name, text: JSON.stringify(document) });
  return all;
}

function tracesOf(documents: Array<{ collection: string; text: string }>, needles: string[]): string[] {
  return documents
    .filter(({ text }) => needles.some((needle) => text.toLowerCase().includes(needle.toLowerCase())))
    .map(({ collection, text }) => `${collection}: ${text.slice(0, 200)}`);
}

describe('personal data: export, erase and retention', () => {
  let bot: TestBot;
  const cli = (...argv: string[]) =>
    runIkbot(argv, {
      env: { MONGODB_URI: process.env.MONGODB_URI, MONGODB_DB: bot.config.mongodbDb, LOG_LEVEL: 'silent' },
      now: () => new Date(NOW),
    });

  beforeAll(async () => {
    bot = await startTestBot({ label: 'personalData', now: NOW });
    await installPlan(bot);
    await bot.post(bot.activities.installationUpdate({ action: 'add', user: erik }));
    await bot.post(bot.activities.installationUpdate({ action: 'add', user: anna }));
    const submitted = await bot.post(
      bot.activities.adaptiveCardAction({
        user: erik,
        verb: 'submitResult',
        data: { occasionId: JUNE, version: 0, ...approvedAnswer({ comment: 'Granskat av Erik Olsson.' }) },
      }),
    );
    expect(submitted.status).toBe(200);
    await bot.post(bot.activities.message({ user: erik, text: 'frånvarande till 2025-07-20' }));
  });
  afterAll(async () => {
    await bot.stop();
  });

  const erikNeedles = [erik.aadObjectId, erik.name, erik.id];

  it('exports everything stored about a person as JSON', async () => {
    const { code, out } = await cli('person', 'export', erik.aadObjectId);
    expect(code).toBe(0);
    const exported = JSON.parse(out) as {
      person: { names: string[]; teamsIds: string[] };
      documents: Array<{ collection: string; document: Record<string, unknown> }>;
    };
    expect(exported.person.names).toContain('Erik Olsson');
    expect(exported.person.teamsIds).toContain(erik.id);
    const collections = new Set(exported.documents.map((found) => found.collection));
    for (const expected of ['conversations', 'plans', 'occasions', 'audit', 'absences'])
      expect(collections).toContain(expected);
    // Exactly the documents that mention Erik, and Anna's conversation is not one of them.
    expect(exported.documents.length).toBe(tracesOf(await everything(bot), erikNeedles).length);
    expect(JSON.stringify(exported)).not.toContain(anna.id);
  });

  it('erases: no trace of the person anywhere, results and audit kept under a pseudonym', async () => {
    const auditBefore = await bot.app.database.db.collection('audit').countDocuments();
    expect(tracesOf(await everything(bot), erikNeedles).length).toBeGreaterThan(0);

    const { code, out } = await cli('person', 'erase', erik.aadObjectId);
    expect(code).toBe(0);
    const summary = JSON.parse(out) as { pseudonym: { aadObjectId: string; name: string } };

    expect(tracesOf(await everything(bot), erikNeedles)).toEqual([]);
    // The result stays, attributed to the pseudonym; the audit keeps every entry and records the erasure.
    const occasion = await bot.app.services.occasions.findById(JUNE);
    expect(occasion?.result).toMatchObject({
      submittedBy: { aadObjectId: summary.pseudonym.aadObjectId, name: summary.pseudonym.name },
    });
    expect(JSON.stringify(occasion)).toContain(`Granskat av ${summary.pseudonym.name}.`);
    const audit = bot.app.database.db.collection('audit');
    expect(await audit.countDocuments()).toBe(auditBefore + 1);
    expect(await audit.findOne({ action: 'result.submitted' })).toMatchObject({
      actor: { aadObjectId: summary.pseudonym.aadObjectId, name: summary.pseudonym.name },
    });
    expect(await audit.findOne({ action: 'person.erased' })).toMatchObject({
      subject: `person:${summary.pseudonym.aadObjectId}`,
    });
    // Erik's own conversation reference is gone; Anna's is untouched.
    expect(await bot.app.services.conversations.findPersonal(erik.aadObjectId)).toBeNull();
    expect(await bot.app.services.conversations.findPersonal(anna.aadObjectId)).toMatchObject({
      aadObjectId: anna.aadObjectId,
      installed: true,
    });
    // Nothing is left to export.
    const again = JSON.parse((await cli('person', 'export', erik.aadObjectId)).out) as {
      documents: unknown[];
    };
    expect(again.documents).toEqual([]);
  });

  it('refuses an object id that is not a GUID', async () => {
    const { code, err } = await cli('person', 'erase', 'Erik Olsson');
    expect(code).toBe(2);
    expect(err).toMatch(/objekt-id i Entra ID/);
  });

  it('removes an uninstalled chat’s conversation reference after the retention, and expired report downloads', async () => {
    await bot.post(bot.activities.installationUpdate({ action: 'remove', user: anna }));
    expect(await bot.app.services.conversations.findPersonal(anna.aadObjectId)).toMatchObject({
      installed: false,
    });
    await bot.app.database.db.collection('reportDownloads').insertOne({
      _id: 'expired-download' as never,
      fileName: 'rapport.xlsx',
      contentType: 'application/octet-stream',
      content: Buffer.from('x'),
      expiresAt: new Date('2025-07-03T09:00:00Z'),
    });
    const store = new MongoPersonalData(bot.app.database.db);
    const logger = createLogger('silent');
    const retention = { uninstalledConversationDays: 30, expiredReportDownloadDays: 0 };
    const early = await purgePersonalData(store, retention, new Date('2025-07-20T10:00:00Z'), logger);
    expect(early).toEqual({ conversations: 0, reportDownloads: 1 });
    expect(await bot.app.services.conversations.findPersonal(anna.aadObjectId)).not.toBeNull();
    const late = await purgePersonalData(store, retention, new Date('2025-08-03T10:00:01Z'), logger);
    expect(late).toEqual({ conversations: 1, reportDownloads: 0 });
    expect(await bot.app.services.conversations.findPersonal(anna.aadObjectId)).toBeNull();
  });
});
