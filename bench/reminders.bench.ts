/**
 * 10,000 reminders (10,000 people, one occasion each, all due for a notice at once) delivered by one
 * reminder pass to a fake Bot Connector that enforces Teams' per-app-per-tenant limit (50 requests per
 * second, 429 with Retry-After above it), on the embedded FerretDB 1.24 in a temporary folder. The
 * people have stored 1:1 conversations (the app is installed for them). Reports the achieved send rate
 * as a share of the allowed rate (target ≥ 95 %), duplicates and losses (target 0), 429s received and
 * peak memory (max RSS of this process). At 50/s the sending alone takes 200 s.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { MongoClient } from 'mongodb';
import { createReminderTick } from '../src/app/createReminderTick';
import { readConfig } from '../src/config/readConfig';
import type { Plan } from '../src/domain/plan/types';
import { personalKey } from '../src/domain/ports/ConversationRepository';
import { occasionsOf } from '../src/domain/schedule/occasionsOf';
import { createLogger } from '../src/logging/createLogger';
import { ensureIndexes } from '../src/storage/mongo/database/ensureIndexes';
import { MongoConversationRepository } from '../src/storage/mongo/people/MongoConversationRepository';
import { MongoOccasionRepository } from '../src/storage/mongo/occasions/MongoOccasionRepository';
import { MongoPlanRepository } from '../src/storage/mongo/plans/MongoPlanRepository';
import { startEmbeddedMongo } from '../src/storage/embedded/startEmbeddedMongo';
import { createAdapter } from '../src/teams/createAdapter';
import { TeamsMessenger } from '../src/teams/TeamsMessenger';
import { startFakeConnector } from '../test/support/fakeConnector';

const COUNT = Number(process.env.BENCH_REMINDERS ?? 10_000);
const LIMIT = 50;
const TENANT = '5b7a1d3e-0c1f-4e8a-9d2b-6f3c8a4e1b70';
const NOW = new Date('2025-02-07T09:00:00+01:00');
const log = (text: string) => process.stdout.write(`${text}\n`);
const aadOf = (i: number) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`;

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
            unitIds: ids.map((i) => `u${i}`),
            checkItems: [{ id: 'I', text: 'Gjord?', answerType: 'yesNoPartial' }],
            resultScale: 'godkand',
          },
        ],
      },
    ],
  };
}

async function main(): Promise<void> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'ikbot-bench-reminders-'));
  const ferret = await startEmbeddedMongo({
    projectRoot: path.resolve(__dirname, '..'),
    backend: { kind: 'memory' },
    maxHeapMb: 3072,
  });
  const client = await MongoClient.connect(ferret.uri);
  const connector = await startFakeConnector({ limitPerSecond: LIMIT });
  try {
    const db = client.db('bench');
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
    log(`stored ${occasionsOf(thePlan).length} occasions and ${COUNT} conversations`);
    const config = readConfig({
      IKBOT_ALLOWED_TENANTS: TENANT,
      IKBOT_SERVICE_URL: connector.url,
      LOG_LEVEL: 'silent',
    });
    const logger = createLogger('silent');
    const messenger = new TeamsMessenger({
      adapter: createAdapter(config, logger),
      conversations: new MongoConversationRepository(db),
      appId: '',
      serviceUrl: connector.url,
      logger,
      now: () => NOW,
    });
    const tick = createReminderTick(config, db, messenger, logger, () => NOW);
    process.stderr.write(`setup done\n`);
    const started = Date.now();
    const summary = await tick({ ratePerSecond: LIMIT });
    const passMs = Date.now() - started;
    const sent = connector.sent();
    const perConversation = new Map<string, number>();
    for (const activity of sent)
      perConversation.set(activity.conversationId, (perConversation.get(activity.conversationId) ?? 0) + 1);
    const duplicates = [...perConversation.values()].reduce((sum, n) => sum + Math.max(0, n - 1), 0);
    const losses = COUNT - perConversation.size;
    const times = sent.map((activity) => activity.at.getTime()).sort((a, b) => a - b);
    const sendSeconds = (times[times.length - 1] - times[0]) / 1000;
    const achieved = (sent.length - 1) / sendSeconds;
    const throttled = connector.calls.filter((call) => call.status === 429).length;
    const peakMemoryMb = Math.round(process.resourceUsage().maxRSS / 1024);
    log(
      `pass ${(passMs / 1000).toFixed(1)} s: ${summary.remindersSent} sent, ${achieved.toFixed(1)}/s, ${throttled} × 429`,
    );
    log(
      JSON.stringify({
        reminders: COUNT,
        allowedPerSecond: LIMIT,
        achievedPerSecond: Number(achieved.toFixed(2)),
        shareOfAllowed: Number((achieved / LIMIT).toFixed(3)),
        shareTarget: 0.95,
        shareMet: achieved / LIMIT >= 0.95,
        duplicates,
        losses,
        throttled429: throttled,
        passSeconds: Number((passMs / 1000).toFixed(1)),
        peakMemoryMb,
      }),
    );
  } finally {
    await connector.close();
    await client.close();
    await ferret.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});
