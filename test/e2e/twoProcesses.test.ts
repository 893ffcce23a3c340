import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import path from 'node:path';
import { peoplePlan, personObjectId } from '../support/peoplePlan';
import { occasionsOf } from '../../src/domain/schedule/occasionsOf';
import { localTimeOf } from '../../src/domain/schedule/localTimeOf';
import { MongoDigestQueries } from '../../src/storage/mongo/digests/MongoDigestQueries';
import { MongoOutbox } from '../../src/storage/mongo/outbox/MongoOutbox';
import { MongoReportLines } from '../../src/storage/mongo/occasions/views/MongoReportLines';
import { ensureIndexes } from '../../src/storage/mongo/database/ensureIndexes';
import { teamsActivities } from '../support/activities';
import { startFakeConnector, type FakeConnector } from '../support/fakeConnector';
import { freePort } from '../support/freePort';
import { postActivity } from '../support/postActivity';
import { openTestDatabase, type TestDatabase } from '../support/testDatabase';
import { testTenant, type TestUser } from '../support/testUsers';
import { storePlan } from './remindersSetup';

const root = path.resolve(__dirname, '../..');
const PEOPLE = 60;
/** Answer before the reminder passes (0-19; 0-4 press Submit in both processes at once), during them (20-39), never (40-59). */
const BEFORE = 20;
const DURING = 40;
const RACERS = 5;
/** Two years ahead: the bots' own passes (real time) never create reminders for it; `ikbot tick --now` does. */
const YEAR = new Date().getUTCFullYear() + 2;
const PLAN_ID = `TWO-PROCESSES-${YEAR}`;

const aad = personObjectId;
const person = (i: number): TestUser => ({
  id: `29:1TwoProcessesPerson${i}`,
  aadObjectId: aad(i),
  name: `Person ${i}`,
  givenName: 'Person',
  surname: String(i),
  email: `person${i}@exempelby.se`,
  userPrincipalName: `person${i}@exempelby.se`,
  tenantId: testTenant.id,
  role: 'performer',
});

interface Child {
  child: ChildProcessWithoutNullStreams;
  output: () => string;
  stdout: () => string;
  exited: Promise<number | null>;
}

function run(args: string[], env: NodeJS.ProcessEnv): Child {
  const child = spawn(process.execPath, args, { cwd: root, env: { ...process.env, ...env } });
  let output = '';
  let stdout = '';
  child.stdout.on('data', (chunk: Buffer) => {
    output += chunk.toString();
    stdout += chunk.toString();
  });
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, output: () => output, stdout: () => stdout, exited };
}

async function startBot(env: NodeJS.ProcessEnv): Promise<Child & { url: string }> {
  const port = await freePort();
  const bot = run(['--no-deprecation', '--import', 'tsx', 'src/main.ts'], { ...env, PORT: String(port) });
  const url = `http://127.0.0.1:${port}`;
  // Bounded by a count of health checks, not a time: a busy machine only makes each check slower.
  for (let attempt = 0; attempt < 600; attempt += 1) {
    if (bot.child.exitCode !== null) throw new Error(`A bot exited at start: ${bot.output()}`);
    const ok = await fetch(`${url}/healthz`)
      .then((response) => response.ok)
      .catch(() => false);
    if (ok) return { ...bot, url };
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  bot.child.kill('SIGKILL');
  throw new Error(`A bot did not answer /healthz: ${bot.output()}`);
}

describe('two bot processes on one database', () => {
  let database: TestDatabase & { drop(): Promise<void> };
  let connector: FakeConnector;
  const bots: Array<Child & { url: string }> = [];

  afterAll(async () => {
    for (const bot of bots) {
      bot.child.kill('SIGTERM');
      await bot.exited;
    }
    await connector?.close();
    await database?.drop();
  }, 120_000);

  it('deliver every reminder once and count every result once in the digests and the report', async () => {
    database = await openTestDatabase('two_processes');
    await ensureIndexes(database.db);
    connector = await startFakeConnector({ latencyMs: 5 });
    const plan = peoplePlan({ id: PLAN_ID, title: 'Plan för två processer', people: PEOPLE, year: YEAR });
    await storePlan(database.db, plan);
    const january = new Map(
      occasionsOf(plan)
        .filter((occasion) => occasion.period.key === `${YEAR}-01`)
        .map((occasion) => [occasion.unitId, occasion]),
    );
    const dueDate = january.get('u0')!.dueDate;
    const occasionIdOf = (i: number) => `${PLAN_ID}/K1/u${i}/${YEAR}-01`;

    const common: NodeJS.ProcessEnv = {
      MONGODB_URI: database.uri,
      MONGODB_DB: database.name,
      IKBOT_ALLOWED_TENANTS: testTenant.id,
      IKBOT_SERVICE_URL: connector.url,
      LOG_LEVEL: 'warn',
    };
    // The bots' schedulers run every two seconds on the real clock: reminder passes that recover
    // expired claims (working hours set to an hour that is not now, so they claim no sends: their
    // "today" is not the plan's) and view rebuilds every five seconds, beside the card submissions.
    const hour = localTimeOf(new Date(), 'Europe/Stockholm').hour;
    const elsewhere = (hour + 3) % 23;
    const botEnv: NodeJS.ProcessEnv = {
      ...common,
      IKBOT_SCHEDULER: 'on',
      IKBOT_TICK_CRON: '*/2 * * * * *',
      IKBOT_REBUILD_CRON: '*/5 * * * * *',
      IKBOT_WORKING_HOURS: `${String(elsewhere).padStart(2, '0')}-${String(elsewhere + 1).padStart(2, '0')}`,
    };
    bots.push(...(await Promise.all([startBot(botEnv), startBot(botEnv)])));
    const activities = teamsActivities(connector.url);

    const submit = async (i: number, bot: number) => {
      const response = await postActivity(
        bots[bot].url,
        activities.adaptiveCardAction({
          user: person(i),
          verb: 'submitResult',
          data: {
            occasionId: occasionIdOf(i),
            version: 0,
            check_I1: 'ja',
            assessment: 'godkand',
            deviations: String(i % 3),
            performedOn: `${new Date().getUTCFullYear() - 1}-12-30`,
            comment: `Granskat av person ${i}.`,
          },
        }),
        { timeoutMs: 120_000 },
      );
      expect(response.status).toBe(200);
      expect((response.body as { statusCode?: number }).statusCode).toBe(200);
    };
    const submitRange = (from: number, to: number) =>
      Promise.all(
        Array.from({ length: to - from }, (_, k) => from + k).map((i) =>
          i < RACERS ? Promise.all([submit(i, 0), submit(i, 1)]) : submit(i, i % 2),
        ),
      );

    await submitRange(0, BEFORE);

    const tickArgs = ['bin/ikbot.js', 'tick', '--now', `${dueDate}T09:00:00+01:00`];
    const tickEnv = { ...common, IKBOT_SCHEDULER: 'off' };
    const ticks = [run(tickArgs, tickEnv), run(tickArgs, tickEnv)];
    const rebuild = run(['bin/ikbot.js', 'projections', 'rebuild'], tickEnv);
    await submitRange(BEFORE, DURING);
    const codes = await Promise.all([...ticks, rebuild].map((child) => child.exited));
    expect({ codes, output: [...ticks, rebuild].map((child) => child.output()) }).toMatchObject({
      codes: [0, 0, 0],
    });
    // A third pass finds nothing left to send: no claim was lost, nothing is pending.
    const again = run(tickArgs, tickEnv);
    expect(await again.exited).toBe(0);
    const summary = JSON.parse(again.stdout().trim().split('\n').pop() ?? '{}') as { remindersSent?: number };
    expect(summary.remindersSent).toBe(0);

    // Every reminder delivered exactly once; nobody who answered before the passes got one.
    const recipientOf = new Map<string, string>();
    for (const [id, conversation] of connector.conversations)
      recipientOf.set(id, conversation.members[0]?.id ?? '?');
    for (let i = 0; i < PEOPLE; i += 1)
      recipientOf.set(activities.message({ text: '', user: person(i) }).conversation.id, aad(i));
    const reminders = new Map<string, number>();
    for (const sent of connector.sent()) {
      if (!(sent.activity.text ?? '').includes('- ')) continue;
      const who = recipientOf.get(sent.conversationId) ?? sent.conversationId;
      reminders.set(who, (reminders.get(who) ?? 0) + 1);
    }
    const outbox = new MongoOutbox(database.db);
    const items = (
      await Promise.all(Array.from({ length: PEOPLE }, (_, i) => outbox.forRecipient(aad(i))))
    ).flat();
    const byStatus: Record<string, number> = {};
    for (const item of items) byStatus[item.status] = (byStatus[item.status] ?? 0) + 1;
    expect(Object.keys(byStatus).sort()).toEqual(expect.arrayContaining(['sent']));
    expect((byStatus.sent ?? 0) + (byStatus.skipped ?? 0)).toBe(items.length);
    for (let i = 0; i < PEOPLE; i += 1) {
      const received = reminders.get(aad(i)) ?? 0;
      const item = items.find((candidate) => candidate.recipient.aadObjectId === aad(i));
      if (i < BEFORE) expect({ i, received, item }).toEqual({ i, received: 0, item: undefined });
      else if (i >= DURING)
        expect({ i, received, status: item?.status }).toEqual({ i, received: 1, status: 'sent' });
      else expect({ i, received }).toEqual({ i, received: item?.status === 'sent' ? 1 : 0 });
    }
    expect([...reminders.values()].reduce((a, b) => a + b, 0)).toBe(byStatus.sent);

    // Every result stored once (the racers: one winner each), audited once.
    const occasions = database.db.collection('occasions');
    const answered = await occasions
      .find({ planId: PLAN_ID, status: 'answered' }, { projection: { _id: 1, version: 1, viewsPending: 1 } })
      .toArray();
    expect(answered.map((occasion) => occasion._id).sort()).toEqual(
      Array.from({ length: DURING }, (_, i) => occasionIdOf(i)).sort(),
    );
    expect(answered.every((occasion) => occasion.version === 1 && occasion.viewsPending === false)).toBe(
      true,
    );
    expect(
      await database.db
        .collection('audit')
        .countDocuments({ action: 'result.submitted', 'details.planId': PLAN_ID }),
    ).toBe(DURING);

    // ...and counted once in the digest counters and the report lines.
    const total = await occasions.countDocuments({ planId: PLAN_ID, retired: false });
    const rows = await new MongoDigestQueries(database.db).statusCounts(
      { planId: PLAN_ID, from: `${YEAR}-01-01`, to: `${YEAR + 1}-12-31` },
      ['controlId'],
    );
    const count = (status: string) =>
      rows.filter((row) => row.status === status).reduce((sum, row) => sum + row.count, 0);
    expect({ answered: count('answered'), open: count('open') }).toEqual({
      answered: DURING,
      open: total - DURING,
    });
    const deviations = rows.reduce((sum, row) => sum + row.deviations, 0);
    expect(deviations).toBe(Array.from({ length: DURING }, (_, i) => i % 3).reduce((a, b) => a + b, 0));
    const lines = (await new MongoReportLines(database.db).yearOf(PLAN_ID, YEAR)).take('K1');
    expect(lines.map((line) => line.unitId).sort()).toEqual(
      Array.from({ length: DURING }, (_, i) => `u${i}`).sort(),
    );
  }, 600_000);
});
