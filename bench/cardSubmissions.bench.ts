/**
 * Card submissions per second and latency (p50/p95/p99) at 50 concurrent submitters, against the
 * real app (startApp: restify + CloudAdapter + IkBot + MongoDB adapters) on its own embedded
 * FerretDB in a temporary folder, next to a minimal botbuilder echo bot (CloudAdapter + restify,
 * replying through the same fake Bot Connector) on the same harness. Prints one JSON line.
 *
 * Each of 50 people performs the controls of their own unit and submits a valid result through an
 * adaptiveCard/action invoke (submitResult), answered with the read-only summary card. Every
 * submission reads the occasion and plan, validates, claims the version, updates the occasion and
 * appends to the audit log. The occasions collection is kept modest (1,200 documents): FerretDB
 * 1.24 scans the whole collection on every update (~3 µs per document), so a larger plan would
 * measure the scan, not the bot; on MongoDB the update uses the _id index.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import restify from 'restify';
import { ActivityHandler, CloudAdapter, ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import { startApp } from '../src/app/startApp';
import { readConfig } from '../src/config/readConfig';
import { controlIndex } from '../src/domain/plan/controlIndex';
import type { Plan } from '../src/domain/plan/types';
import { occasionsOf } from '../src/domain/schedule/occasionsOf';
import { occasionKey } from '../src/domain/schedule/occasionKey';
import { createLogger } from '../src/logging/createLogger';
import { adaptiveCardAction, message } from '../test/support/activities';
import { startFakeConnector } from '../test/support/fakeConnector';
import { postActivity } from '../test/support/postActivity';
import { testTenant, type TestUser } from '../test/support/testUsers';

const SUBMITTERS = Number(process.env.BENCH_CONCURRENCY ?? 50);
const CONTROLS = 1;
/** A monthly control: 12 months × 50 units = 600 occasions, each submitted once (550 measured). */
const NOW = '2026-01-20T09:00:00.000Z';
const ECHO_MESSAGES = 600;
/** Under 50 concurrent writers a submission can queue for many seconds on SQLite; do not count that as a failure. */
const TIMEOUT_MS = 180_000;
const WARMUP = 50;

const root = path.resolve(__dirname, '..');
const pad = (n: number) => String(n).padStart(2, '0');
const guid = (n: number) => `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;

function submitter(n: number): TestUser {
  return {
    id: `29:1BenchUser${pad(n)}`,
    aadObjectId: guid(n),
    name: `Person ${pad(n)}`,
    givenName: 'Person',
    surname: pad(n),
    email: `person${n}@exempelby.example`,
    userPrincipalName: `person${n}@exempelby.example`,
    tenantId: testTenant.id,
    role: 'performer',
  };
}

function benchPlan(): Plan {
  const units = Array.from({ length: SUBMITTERS }, (_, n) => ({
    id: `u${pad(n)}`,
    name: `Enhet ${pad(n)}`,
    parentId: 'sof',
  }));
  return {
    id: 'BENCH-2025',
    organisation: 'Socialförvaltningen',
    year: 2025,
    title: 'Bänkplan',
    status: 'adopted',
    governingDocuments: [],
    riskThresholds: [],
    closingDates: {},
    roles: [
      { id: 'utforare', name: 'Utförare' },
      { id: 'chef', name: 'Områdeschef' },
    ],
    units: [{ id: 'sof', name: 'Socialförvaltningen' }, ...units],
    people: [
      ...units.map((_, n) => ({
        id: `p${n}`,
        name: `Person ${pad(n)}`,
        aadObjectId: guid(n),
        locale: 'sv' as const,
      })),
      { id: 'chef', name: 'Chef', aadObjectId: guid(999), locale: 'sv' as const },
    ],
    assignments: [
      ...units.map((unit, n) => ({ roleId: 'utforare', unitId: unit.id, personId: `p${n}` })),
      { roleId: 'chef', unitId: 'sof', personId: 'chef' },
    ],
    riskAreas: [
      {
        id: 'R1',
        title: 'Åtkomst',
        probability: 3,
        consequence: 4,
        controls: Array.from({ length: CONTROLS }, (_, c) => ({
          id: `K${c + 1}`,
          title: `Kontroll ${c + 1}`,
          method: 'Stickprov',
          frequency: { kind: 'monthly' as const },
          dueRule: { kind: 'workingDaysAfterPeriodEnd' as const, days: 10 },
          performerRoleId: 'utforare',
          responsibleRoleId: 'chef',
          unitIds: units.map((unit) => unit.id),
          resultScale: 'godkand' as const,
          checkItems: [
            { id: 'I1', text: 'Rutinen följs', answerType: 'yesNoPartial' as const },
            { id: 'I2', text: 'Andel', answerType: 'percentage' as const },
            { id: 'I3', text: 'Antal', answerType: 'count' as const },
          ],
        })),
      },
    ],
  };
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

interface RunResult {
  requests: number;
  errors: number;
  seconds: number;
  perSecond: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
}

/** Runs `jobs` with `concurrency` workers; each job is one timed HTTP round trip. */
async function run(jobs: Array<() => Promise<boolean>>, concurrency: number): Promise<RunResult> {
  const latencies: number[] = [];
  let errors = 0;
  let next = 0;
  const started = performance.now();
  const worker = async () => {
    while (next < jobs.length) {
      const job = jobs[next++];
      const t0 = performance.now();
      const ok = await job().catch((error: unknown) => {
        if (process.env.BENCH_DEBUG) console.error(String(error));
        return false;
      });
      latencies.push(performance.now() - t0);
      if (!ok) errors += 1;
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const round = (x: number) => Math.round(x * 10) / 10;
  return {
    requests: jobs.length,
    errors,
    seconds: round(seconds),
    perSecond: round(jobs.length / seconds),
    p50Ms: round(percentile(latencies, 50)),
    p95Ms: round(percentile(latencies, 95)),
    p99Ms: round(percentile(latencies, 99)),
  };
}

async function benchCards(connectorUrl: string): Promise<RunResult & { occasions: number }> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'ikbot-bench-cards-'));
  const config = readConfig({
    PORT: '0',
    IKBOT_DATA_DIR: dataDir,
    MONGODB_DB: 'bench',
    IKBOT_ALLOWED_TENANTS: testTenant.id,
    IKBOT_SCHEDULER: 'off',
    LOG_LEVEL: process.env.BENCH_DEBUG ? 'error' : 'silent',
  });
  const app = await startApp(config, {
    logger: createLogger(process.env.BENCH_DEBUG ? 'error' : 'silent'),
    now: () => new Date(NOW),
    projectRoot: root,
  });
  try {
    const plan = benchPlan();
    const index = controlIndex(plan);
    await app.services.plans.save(plan, 'bench', new Date(NOW));
    const occasions = occasionsOf(plan);
    await app.services.occasions.sync(
      plan.id,
      occasions,
      (id) => index.get(id)?.riskArea.id ?? '',
      new Date(NOW),
    );
    const answer = {
      check_I1: 'ja',
      check_I2: '90',
      check_I3: '10',
      assessment: 'godkand',
      deviations: '0',
      performedOn: '2026-01-19',
      comment: 'Stickprov utan anmärkning.',
    };
    // Each person submits for their own unit's occasions; the 50 workers take them in turn.
    const jobs = occasions.map((occasion) => async () => {
      const user = submitter(Number(occasion.unitId.slice(1)));
      const response = await postActivity(
        app.url,
        adaptiveCardAction({
          serviceUrl: connectorUrl,
          user,
          verb: 'submitResult',
          data: { occasionId: occasionKey(occasion), version: 0, ...answer },
        }),
        { timeoutMs: TIMEOUT_MS },
      );
      const ok = response.status === 200 && JSON.stringify(response.body).includes('Registrerad av');
      if (!ok && process.env.BENCH_DEBUG)
        console.error(response.status, String(JSON.stringify(response.body)).slice(0, 300));
      return ok;
    });
    const warm = jobs.splice(0, WARMUP);
    await run(warm, SUBMITTERS);
    const result = await run(jobs, SUBMITTERS);
    const stored = await app.services.occasions.count({ planId: plan.id, statuses: ['answered'] });
    if (stored !== occasions.length)
      throw new Error(`expected ${occasions.length} stored results, found ${stored}`);
    return { ...result, occasions: occasions.length };
  } finally {
    await app.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function benchEcho(connectorUrl: string, sentCount: () => number): Promise<RunResult> {
  const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
  const bot = new ActivityHandler();
  bot.onMessage(async (context, next) => {
    await context.sendActivity(`Echo: ${context.activity.text}`);
    await next();
  });
  const server = restify.createServer({ name: 'echo' });
  server.use(restify.plugins.bodyParser());
  server.post('/api/messages', async (req, res) => {
    await adapter.process(req, res, (context) => bot.run(context));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const url = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  try {
    const before = sentCount();
    const jobs = Array.from({ length: ECHO_MESSAGES + WARMUP }, (_, n) => async () => {
      const response = await postActivity(
        url,
        message({ serviceUrl: connectorUrl, user: submitter(n % SUBMITTERS), text: `hej ${n}` }),
        { timeoutMs: TIMEOUT_MS },
      );
      return response.status === 200;
    });
    await run(jobs.splice(0, WARMUP), SUBMITTERS);
    const result = await run(jobs, SUBMITTERS);
    const replies = sentCount() - before;
    if (replies !== ECHO_MESSAGES + WARMUP) throw new Error(`echo: ${replies} replies reached the connector`);
    return result;
  } finally {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}

async function main(): Promise<void> {
  const connector = await startFakeConnector();
  try {
    const cards = await benchCards(connector.url);
    connector.reset();
    const echo = await benchEcho(connector.url, () => connector.sent().length);
    const result = {
      concurrency: SUBMITTERS,
      database: 'embedded FerretDB 1.24 (SQLite) in a temp dir',
      note: `occasions collection kept at ${cards.occasions} documents (each submitted once): FerretDB scans the collection on every update (~3 µs/document); production MongoDB uses the _id index`,
      cardSubmissions: cards,
      echoBot: echo,
      ratio: {
        throughputEchoOverCards: Math.round((echo.perSecond / cards.perSecond) * 10) / 10,
        p50CardsOverEcho: Math.round((cards.p50Ms / echo.p50Ms) * 10) / 10,
        p95CardsOverEcho: Math.round((cards.p95Ms / echo.p95Ms) * 10) / 10,
      },
    };
    console.log(
      `card submissions: ${cards.perSecond}/s, p50 ${cards.p50Ms} ms, p95 ${cards.p95Ms} ms, p99 ${cards.p99Ms} ms`,
    );
    console.log(
      `echo bot:         ${echo.perSecond}/s, p50 ${echo.p50Ms} ms, p95 ${echo.p95Ms} ms, p99 ${echo.p99Ms} ms`,
    );
    console.log(JSON.stringify(result));
  } finally {
    await connector.close();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(`cardSubmissions bench failed: ${(error as Error).stack ?? String(error)}`);
    process.exit(1);
  },
);
