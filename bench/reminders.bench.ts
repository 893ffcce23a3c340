/**
 * 3,000 reminders (BENCH_REMINDERS; 3,000 people, each due for one notice at once: two thirds for a
 * control occasion, one third, as issue 12 asks, for an action checkpoint: the plan's decided action
 * for those units, owned by the unit's performer, checkpoint 2025-02-10)
 * delivered by one reminder pass to the fake Bot Connector enforcing Teams' per-app-per-tenant limit
 * (50 requests per second, 429 with Retry-After above it), on the bench's database
 * (mongo-java-server's memory backend, or MONGODB_URI). The people have stored 1:1 conversations
 * (the app is installed for them). Targets: achieved send rate >= 95 % of the allowed 50/s, no
 * duplicates, no losses; bot memory = the peak RSS of the pass, run as an external scheduler runs
 * it in production: `ikbot tick` from the compiled build, in a process of its own (the seeding stays
 * in this process and the fake connector in bench/support/connectorProcess.ts). At 50/s the sending
 * takes a minute.
 */
import { MongoClient } from 'mongodb';
import type { Plan } from '../src/domain/plan/types';
import { personalKey } from '../src/domain/ports/ConversationRepository';
import { occasionsOf } from '../src/domain/schedule/occasionsOf';
import { ensureIndexes } from '../src/storage/mongo/database/ensureIndexes';
import { MongoOccasionRepository } from '../src/storage/mongo/occasions/MongoOccasionRepository';
import { MongoPlanRepository } from '../src/storage/mongo/plans/MongoPlanRepository';
import { spawn } from 'node:child_process';
import path from 'node:path';
import { openBenchDatabase } from './support/benchDatabase';
import { buildBot, builtCliScript, productionNodeFlags } from './support/buildBot';
import { peakRssMbOf } from './support/memory';
import { startConnectorProcess } from './support/connectorProcess';
import { atLeast, exactly, verdict } from './support/target';
import { runBench } from './support/runBench';

const COUNT = Number(process.env.BENCH_REMINDERS ?? 3_000);
const LIMIT = 50;
const TENANT = '5b7a1d3e-0c1f-4e8a-9d2b-6f3c8a4e1b70';
const NOW = new Date('2025-02-07T09:00:00+01:00');
const log = (text: string) => process.stdout.write(`${text}\n`);
const aadOf = (i: number) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`;
/** People from here on own an action checkpoint instead of a control occasion: one third. */
const FIRST_ACTION_OWNER = COUNT - Math.floor(COUNT / 3);

function plan(): Plan {
  const ids = Array.from({ length: COUNT }, (_, i) => i);
  return {
    id: 'BENCH-2025',
    organisation: 'Bench',
    year: 2025,
    title: 'Bench',
    status: 'adopted',
    governingDocuments: [],
    riskThresholds: [{ min: 1, max: 16, code: 'controlPlan' }],
    closingDates: {},
    roles: [{ id: 'r', name: 'Utförare' }],
    units: [
      { id: 'org', name: 'Org' },
      ...ids.map((i) => ({ id: `u${i}`, name: `Enhet ${i}`, parentId: 'org' })),
    ],
    people: ids.map((i) => ({
      id: `p${i}`,
      name: `Person ${i}`,
      aadObjectId: aadOf(i),
      locale: 'sv' as const,
    })),
    assignments: ids.map((i) => ({ roleId: 'r', unitId: `u${i}`, personId: `p${i}` })),
    riskAreas: [
      {
        id: 'R',
        title: 'Risk',
        probability: 2,
        consequence: 2,
        controls: [
          {
            id: 'K',
            title: 'Loggkontroll',
            method: 'Loggkontroll',
            frequency: { kind: 'months', months: [1] },
            dueRule: { kind: 'workingDaysAfterPeriodEnd', days: 10 },
            performerRoleId: 'r',
            unitIds: ids.filter((i) => i < FIRST_ACTION_OWNER).map((i) => `u${i}`),
            checkItems: [{ id: 'I', text: 'Gjord?', answerType: 'yesNoPartial' }],
            resultScale: 'godkand',
          },
        ],
        // One decided action followed up per unit (actionsOfPlan: one action per unit), owned by
        // the unit's performer: its checkpoint's notice is due in the same pass as the controls'.
        actions: [
          {
            id: 'A',
            text: 'Se över behörigheterna',
            owner: { roleId: 'r' },
            unitIds: ids.filter((i) => i >= FIRST_ACTION_OWNER).map((i) => `u${i}`),
            start: '2025-01-01',
            checkpoints: ['2025-02-10'],
            end: '2025-12-31',
          },
        ],
      },
    ],
  };
}

interface TickSummary {
  remindersSent: number;
}

/**
 * Runs `ikbot tick` from the build against the bench's database and connector; resolves with its
 * printed summary and its peak RSS (VmHWM, read every 100 ms while it runs: the high-water mark
 * only grows, so the last reading holds every peak but one reached in the pass's last 100 ms,
 * when it is closing its connections).
 */
async function runTick(
  uri: string,
  dbName: string,
  connectorUrl: string,
): Promise<{ summary: TickSummary; peakMemoryMb: number | null }> {
  const child = spawn(
    process.execPath,
    [
      // e.g. BENCH_BOT_NODE_ARGS='--trace-gc' or '--cpu-prof --cpu-prof-dir=DIR' for the pass.
      ...(process.env.BENCH_BOT_NODE_ARGS ?? '').split(' ').filter(Boolean),
      ...productionNodeFlags(),
      builtCliScript,
      'tick',
      '--now',
      NOW.toISOString(),
      '--rate',
      String(LIMIT),
    ],
    {
      cwd: path.resolve(__dirname, '..'),
      env: {
        ...process.env,
        MONGODB_URI: uri,
        MONGODB_DB: dbName,
        IKBOT_ALLOWED_TENANTS: TENANT,
        IKBOT_SERVICE_URL: connectorUrl,
        LOG_LEVEL: 'silent',
        MicrosoftAppId: '',
        MicrosoftAppPassword: '',
      },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  let peakMemoryMb: number | null = null;
  const watch = setInterval(() => {
    peakMemoryMb = peakRssMbOf(child.pid ?? -1) ?? peakMemoryMb;
  }, 100);
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    output += chunk.toString('utf8');
  });
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  clearInterval(watch);
  if (code !== 0) throw new Error(`ikbot tick exited with code ${code}: ${output}`);
  const summaryLine = output
    .split('\n')
    .reverse()
    .find((line) => line.startsWith('{'));
  if (!summaryLine) throw new Error(`ikbot tick printed no summary: ${output.slice(-2000)}`);
  return { summary: JSON.parse(summaryLine) as TickSummary, peakMemoryMb };
}

async function main(): Promise<void> {
  const database = await openBenchDatabase();
  const client = await MongoClient.connect(database.uri);
  const connector = await startConnectorProcess(LIMIT);
  const db = client.db(`bench_reminders_${process.pid}`);
  try {
    await ensureIndexes(db);
    const thePlan = plan();
    await new MongoOccasionRepository(db).sync(thePlan.id, occasionsOf(thePlan), () => 'R', NOW);
    await new MongoPlanRepository(db).save(thePlan, 'bench', NOW);
    await db.collection('conversations').insertMany(
      Array.from({ length: COUNT }, (_, i) => ({
        _id: personalKey(aadOf(i)) as never,
        key: personalKey(aadOf(i)),
        kind: 'personal',
        tenantId: TENANT,
        conversationId: `a:bench${i}`,
        aadObjectId: aadOf(i),
        installed: true,
        updatedAt: NOW,
        reference: {
          channelId: 'msteams',
          serviceUrl: connector.url,
          conversation: { id: `a:bench${i}`, conversationType: 'personal', tenantId: TENANT },
          bot: { id: 'ikbot', name: 'ikbot' },
          user: { id: `29:${i}`, aadObjectId: aadOf(i) },
        },
      })),
    );
    log(
      `stored ${occasionsOf(thePlan).length} occasions, a decided action for ${COUNT - FIRST_ACTION_OWNER} units and ${COUNT} conversations`,
    );
    // The pass as production runs it from an external scheduler: `ikbot tick` from the compiled
    // build, in a process of its own, so its peak memory is the pass's alone.
    buildBot();
    const started = Date.now();
    const pass = await runTick(database.uri, db.databaseName, connector.url);
    const summary = pass.summary;
    const passMs = Date.now() - started;
    const delivered = await connector.summary();
    const counts = Object.values(delivered.perConversation);
    const duplicates = counts.reduce((sum, n) => sum + Math.max(0, n - 1), 0);
    const losses = COUNT - counts.length;
    const sendSeconds = ((delivered.lastSentAt ?? 0) - (delivered.firstSentAt ?? 0)) / 1000;
    const achieved = (delivered.sent - 1) / sendSeconds;
    // The action owners have no control occasion: their message is their action reminder. Queued
    // action reminders are counted in the outbox; delivered ones on the owners' conversations.
    const actionRemindersQueued = await db.collection('outbox').countDocuments({ kind: 'actionNotice' });
    let actionRemindersDelivered = 0;
    for (let i = FIRST_ACTION_OWNER; i < COUNT; i += 1)
      if (delivered.perConversation[`a:bench${i}`] === 1) actionRemindersDelivered += 1;
    const throttled = delivered.throttled429;
    const botPeakMb = pass.peakMemoryMb;
    log(
      `pass ${(passMs / 1000).toFixed(1)} s: ${summary.remindersSent} sent, ${achieved.toFixed(1)}/s, ${throttled} × 429`,
    );
    const share = Number((achieved / LIMIT).toFixed(3));
    log(
      JSON.stringify({
        database: database.description,
        reminders: COUNT,
        actionReminders: COUNT - FIRST_ACTION_OWNER,
        actionRemindersQueued,
        actionRemindersDelivered,
        allowedPerSecond: LIMIT,
        achievedPerSecond: Number(achieved.toFixed(2)),
        remindersSent: summary.remindersSent,
        throttled429: throttled,
        passSeconds: Number((passMs / 1000).toFixed(1)),
        note: 'bot memory = peak RSS (VmHWM) of the `ikbot tick` process that ran the pass; the fake connector and the seeding run in other processes',
        ...verdict(
          [
            atLeast("send rate as a share of Teams' 50/s", share, 0.95, 'of 50/s'),
            exactly('duplicate reminders', duplicates, 0, 'messages'),
            exactly('lost reminders', losses, 0, 'people'),
            exactly(
              'action checkpoint reminders queued and delivered once (-1: queued count differs)',
              actionRemindersQueued === COUNT - FIRST_ACTION_OWNER ? actionRemindersDelivered : -1,
              COUNT - FIRST_ACTION_OWNER,
              'reminders',
            ),
          ],
          {
            botPeakMb,
            botProcess: `node ${productionNodeFlags().join(' ')} ${builtCliScript} tick --now ${NOW.toISOString()} --rate ${LIMIT} (the production build), its own process`,
            databasePeakMb: database.peakMemoryMb(),
          },
        ),
      }),
    );
  } finally {
    await connector.close();
    await db.dropDatabase().catch(() => undefined);
    await client.close();
    await database.stop();
  }
}

runBench('reminders', main);
