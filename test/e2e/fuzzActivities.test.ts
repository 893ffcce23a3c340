import fc from 'fast-check';
import { postActivity } from '../support/postActivity';
import { forgedToken } from '../support/forgedToken';
import { startTestBot, type TestBot } from '../support/startTestBot';
import { outsider, performer, testBotAppId } from '../support/testUsers';
import { JUNE, NOW, bystander, installPlan } from './controlCardSetup';

const VERBS = [
  'confirmImport',
  'cancelImport',
  'submitResult',
  'markNotApplicable',
  'refreshCard',
  'amendResult',
  'openControl',
  'remindNow',
];
const FIELDS = [
  'type',
  'serviceUrl',
  'conversation',
  'from',
  'recipient',
  'channelData',
  'channelId',
  'text',
  'locale',
  'entities',
  'attachments',
  'value',
  'name',
  'timestamp',
  'replyToId',
];

/** How many documents each collection holds: "nothing stored" means this does not change. */
async function counts(bot: TestBot): Promise<Record<string, number>> {
  const db = bot.app.database.db;
  const result: Record<string, number> = {};
  for (const { name } of await db.listCollections({}, { nameOnly: true }).toArray())
    result[name] = await db.collection(name).countDocuments();
  return result;
}

/** A real activity with one field removed or replaced by anything at all. */
function mutated(base: Record<string, unknown>): fc.Arbitrary<Record<string, unknown>> {
  return fc
    .tuple(fc.constantFrom(...FIELDS), fc.oneof(fc.constant(undefined), fc.anything()))
    .map(([field, value]) => {
      const copy = structuredClone(base);
      if (value === undefined) delete copy[field];
      else copy[field] = value;
      return copy;
    });
}

describe('fuzzing /api/messages with malformed activities and card payloads (local mode)', () => {
  let bot: TestBot;

  beforeAll(async () => {
    bot = await startTestBot({ label: 'fuzz', now: NOW });
    await installPlan(bot);
  });
  afterAll(async () => {
    await bot.stop();
  });

  it('answers 1,000 of them with 4xx or a polite reply, never crashes and stores nothing', async () => {
    const before = await counts(bot);
    const outsiders = {
      message: bot.activities.message({ user: outsider, text: 'mina kontroller' }),
      install: bot.activities.installationUpdate({ action: 'add', user: outsider }),
      members: bot.activities.conversationUpdate({ user: outsider, conversation: 'channel' } as never),
      file: bot.activities.fileMessage({
        user: outsider,
        file: {
          name: 'plan.yaml',
          downloadUrl: `${bot.connector.url}files/x/plan.yaml`,
          uniqueId: 'x',
          fileType: 'yaml',
        },
      }),
    } as Record<string, Record<string, unknown>>;
    const cardPayload = fc
      .record({
        user: fc.constantFrom(bystander, performer),
        verb: fc.oneof(fc.constantFrom(...VERBS), fc.string()),
        data: fc.oneof(
          fc.dictionary(fc.string(), fc.anything()),
          fc.record({
            occasionId: fc.oneof(fc.constant(JUNE), fc.string()),
            version: fc.oneof(fc.integer(), fc.string(), fc.constant(null)),
            importId: fc.string(),
            assessment: fc.oneof(fc.constantFrom('godkand', 'brister'), fc.string()),
            performedOn: fc.oneof(fc.constant('9999-12-31'), fc.string()),
            check_I1: fc.anything(),
          }),
        ),
      })
      .map(({ user, verb, data }) => {
        const activity = bot.activities.adaptiveCardAction({
          user,
          verb,
          data: data as Record<string, unknown>,
        });
        // A performer's valid action could store a result: the performer only sends unknown verbs.
        if (user === performer && VERBS.includes(verb))
          (activity.value as { action: { verb: string } }).action.verb = `x${verb}`;
        return activity as unknown as Record<string, unknown>;
      });
    const body = fc.oneof(
      { arbitrary: fc.anything(), weight: 2 },
      { arbitrary: fc.constantFrom(...Object.values(outsiders)).chain(mutated), weight: 4 },
      { arbitrary: cardPayload, weight: 3 },
      { arbitrary: cardPayload.chain(mutated), weight: 2 },
    );

    let posted = 0;
    const statuses: Record<number, number> = {};
    await fc.assert(
      fc.asyncProperty(body, async (activity) => {
        posted += 1;
        bot.connector.reset();
        const response = await postActivity(bot.app.url, activity);
        statuses[response.status] = (statuses[response.status] ?? 0) + 1;
        if (response.status >= 500)
          throw new Error(`${response.status} for ${JSON.stringify(activity)?.slice(0, 1500)}`);
        expect(response.status === 200 || (response.status >= 400 && response.status < 500)).toBe(true);
        for (const sent of bot.connector.sent())
          expect(sent.activity.text ?? '').not.toMatch(/Något gick fel|Something went wrong/);
      }),
      { numRuns: 1_000 },
    );
    expect(posted).toBeGreaterThanOrEqual(1_000);
    expect(await counts(bot)).toEqual(before);
    expect((await fetch(`${bot.app.url}/healthz`)).status).toBe(200);
    process.stdout.write(`fuzz statuses: ${JSON.stringify(statuses)}\n`);
  }, 300_000);
});

describe('fuzzing /api/messages with forged tokens (credentials set)', () => {
  let bot: TestBot;

  beforeAll(async () => {
    bot = await startTestBot({
      label: 'fuzzauth',
      now: NOW,
      env: {
        MicrosoftAppId: testBotAppId,
        MicrosoftAppPassword: 'not-a-real-secret',
        MicrosoftAppType: 'SingleTenant',
        MicrosoftAppTenantId: '7d1c3a5e-2f4b-4c6d-9e8f-0a1b2c3d4e5f',
      },
    });
  });
  afterAll(async () => {
    await bot.stop();
  });

  it('refuses 200 forged activities with 400 or 401 and stores nothing', async () => {
    const before = await counts(bot);
    const token = fc.oneof(
      fc.string(),
      fc
        .record({
          iss: fc.oneof(fc.constant('https://api.botframework.com'), fc.string()),
          aud: fc.oneof(fc.constant(testBotAppId), fc.uuid()),
          exp: fc.integer({ min: 0, max: 2 ** 31 }),
        })
        .map((claims) => forgedToken(testBotAppId, bot.connector.url, claims)),
    );
    const activity = fc.oneof(
      fc.constant(
        bot.activities.message({ user: performer, text: 'hjälp' }) as unknown as Record<string, unknown>,
      ),
      fc.constant(
        bot.activities.installationUpdate({ action: 'add', user: performer }) as unknown as Record<
          string,
          unknown
        >,
      ),
      fc
        .constant(
          bot.activities.message({ user: performer, text: 'hjälp' }) as unknown as Record<string, unknown>,
        )
        .chain(mutated),
    );
    await fc.assert(
      fc.asyncProperty(activity, token, async (body, forged) => {
        const response = await postActivity(bot.app.url, body, { token: forged });
        expect([400, 401]).toContain(response.status);
      }),
      { numRuns: 200 },
    );
    expect(bot.connector.calls).toHaveLength(0);
    expect(await counts(bot)).toEqual(before);
  }, 300_000);
});
