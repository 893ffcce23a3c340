/**
 * Card submissions per second and latency (p50/p95/p99) at 50 concurrent users, against the real
 * bot (the production build, `node dist/main.js` with the heap bounds of `npm run start:prod`, built
 * by the bench first; scheduler off) in a process of its own, next to a bare botbuilder echo bot
 * (bench/support/echoBot.ts, with the same node flags) measured the same way in the same run,
 * before and after the bot (the mean of the two is the baseline, as other work on the
 * machine comes and goes): the ratio of the throughputs is the target, not an absolute number.
 *
 * The database (mongo-java-server's memory backend, or MONGODB_URI) holds a large municipality's
 * plan: 250 units × 40 control points, every control monthly in every unit, 120,000 occasions
 * (imported as `ikbot plan import` does, before the bot starts). Fifty unit managers (enhetschefer)
 * each register results of their own unit's controls through adaptiveCard/action invokes
 * (submitResult), answered with the read-only summary card: every submission reads the occasion by
 * _id and the plan, validates, claims the version with a conditional update, updates the digest
 * views and appends to the audit log. The fake Bot Connector runs in a process of its own.
 * Targets: card throughput >= 50 % of the echo bot's, card p99 < 1 s, every result stored once,
 * bot peak memory < 300 MB. The JSON also gives the CPU seconds the bot, the database and the
 * load generator used in the measured run; BENCH_BOT_NODE_ARGS='--cpu-prof --cpu-prof-dir=DIR'
 * profiles the bot.
 *
 * Then, for comparison and without a target, the same measurement (echo bot, bot, echo bot, on
 * occasions not yet answered) with the database pinned to a core of its own and everything else
 * (bots, load generator, connector) to core 0 (taskset), as in production, where the database runs
 * on another machine: `databaseOnItsOwnCore` in the JSON. Skipped on one CPU, without taskset, or
 * on MONGODB_URI.
 */
import { randomBytes } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { MongoClient } from 'mongodb';
import type { Plan } from '../src/domain/plan/types';
import { scaleCodes } from '../src/domain/results/resultScales';
import { checkItemFieldId } from '../src/domain/results/fieldIds';
import { occasionKey } from '../src/domain/schedule/occasionKey';
import { occasionsOf } from '../src/domain/schedule/occasionsOf';
import { generateLargePlan } from '../src/planFiles';
import { MongoOccasionRepository } from '../src/storage/mongo/occasions/MongoOccasionRepository';
import { adaptiveCardAction, message } from '../test/support/activities';
import { postActivity } from '../test/support/postActivity';
import { testTenant, type TestUser } from '../test/support/testUsers';
import { openBenchDatabase } from './support/benchDatabase';
import { importBenchPlan } from './support/importBenchPlan';
import { cpuSecondsOf } from './support/memory';
import { builtBotDescription, startBotProcess, startBuiltBot } from './support/botProcess';
import { productionNodeFlags } from './support/buildBot';
import { startConnectorProcess } from './support/connectorProcess';
import { atLeast, atMost, exactly, round1, verdict } from './support/target';
import { runBench } from './support/runBench';
import { cannotPin, pinToCpus } from './support/pinToCpus';

const USERS = Number(process.env.BENCH_CONCURRENCY ?? 50);
/**
 * Requests measured per bot, after WARMUP requests that are not: enough for both bots' and the
 * database's compilers to settle (with 50, the first echo run was often the slowest of the bench),
 * and a run long enough (2-3 s) that a second of other work on the machine weighs less.
 */
const MEASURED = Number(process.env.BENCH_MEASURED ?? 1000);
const WARMUP = Number(process.env.BENCH_WARMUP ?? 300);
const TIMEOUT_MS = 60_000;
const root = path.resolve(__dirname, '..');
const log = (text: string) => process.stdout.write(`${text}\n`);

interface RunResult {
  requests: number;
  errors: number;
  seconds: number;
  perSecond: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
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
        if (process.env.BENCH_DEBUG) process.stderr.write(`${String(error)}\n`);
        return false;
      });
      latencies.push(performance.now() - t0);
      if (!ok) errors += 1;
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    requests: jobs.length,
    errors,
    seconds: round1(seconds),
    perSecond: round1(jobs.length / seconds),
    p50Ms: round1(percentile(latencies, 50)),
    p95Ms: round1(percentile(latencies, 95)),
    p99Ms: round1(percentile(latencies, 99)),
  };
}

interface CpuSeconds {
  bot: number | null;
  database: number | null;
  /** This process: the load generator (and the seeding client, idle meanwhile). */
  loadGenerator: number | null;
}

function cpuNow(bot: () => number | null, database: () => number | null): CpuSeconds {
  return { bot: bot(), database: database(), loadGenerator: cpuSecondsOf('self') };
}

/** Where the CPU time of a measured run went, in seconds per process. */
function cpuSince(before: CpuSeconds, after: CpuSeconds): CpuSeconds {
  const diff = (a: number | null, b: number | null) =>
    a === null || b === null ? null : Math.round((b - a) * 100) / 100;
  return {
    bot: diff(before.bot, after.bot),
    database: diff(before.database, after.database),
    loadGenerator: diff(before.loadGenerator, after.loadGenerator),
  };
}

function teamsUser(person: Plan['people'][number], n: number): TestUser {
  return {
    id: `29:1BenchUser${n}`,
    aadObjectId: person.aadObjectId ?? '',
    name: person.name,
    givenName: 'Person',
    surname: String(n),
    email: person.email ?? `person${n}@kommun.example`,
    userPrincipalName: person.email ?? `person${n}@kommun.example`,
    tenantId: testTenant.id,
    role: 'performer',
  };
}

/**
 * The submissions: USERS unit managers, each with the occasions of their own unit's controls
 * (those an enhetschef performs), taken in turn so that concurrent requests come from different
 * people, as in a municipality where everyone reports at month end.
 */
function submissions(plan: Plan, count: number) {
  const controls = new Map(plan.riskAreas.flatMap((area) => area.controls.map((c) => [c.id, c] as const)));
  const units = plan.units.filter((unit) => unit.level === 'enhet').slice(0, USERS);
  const people = new Map(plan.people.map((person) => [person.id, person]));
  const perUser = units.map((unit, n) => {
    const personId = plan.assignments.find(
      (a) => a.roleId === 'enhetschef' && a.unitId === unit.id,
    )?.personId;
    const person = personId ? people.get(personId) : undefined;
    if (!person) throw new Error(`No enhetschef for ${unit.id} in the generated plan.`);
    const occasions = occasionsOf(plan).filter(
      (o) => o.unitId === unit.id && controls.get(o.controlId)?.performerRoleId === 'enhetschef',
    );
    return { user: teamsUser(person, n), occasions };
  });
  return Array.from({ length: count }, (_, i) => {
    const { user, occasions } = perUser[i % perUser.length];
    const occasion = occasions[Math.floor(i / perUser.length)];
    if (!occasion) throw new Error('Not enough occasions per person for the bench.');
    const control = controls.get(occasion.controlId)!;
    const answers: Record<string, string> = {};
    for (const item of control.checkItems) {
      answers[checkItemFieldId(item.id)] =
        item.answerType === 'yesNoPartial'
          ? 'ja'
          : item.answerType === 'percentage'
            ? '90'
            : item.answerType === 'text'
              ? 'Stickprov utan anmärkning.'
              : '3';
    }
    return {
      user,
      data: {
        occasionId: occasionKey(occasion),
        version: 0,
        ...answers,
        assessment: scaleCodes(control.resultScale)[0],
        deviations: '0',
        performedOn: occasion.period.end,
        comment: 'Bänktest.',
      },
    };
  });
}

/** One measured run of the echo bot (after a warm-up), with the CPU seconds it used. */
async function measureEcho(
  url: string,
  connectorUrl: string,
  work: Array<{ user: TestUser }>,
  botCpu: () => number | null,
): Promise<{ result: RunResult; cpuSeconds: CpuSeconds }> {
  const jobs = Array.from({ length: WARMUP + MEASURED }, (_, n) => async () => {
    const response = await postActivity(
      url,
      message({ serviceUrl: connectorUrl, user: work[n].user, text: `hej ${n}` }),
      { timeoutMs: TIMEOUT_MS },
    );
    return response.status === 200;
  });
  await run(jobs.splice(0, WARMUP), USERS);
  const before = cpuNow(botCpu, () => null);
  const result = await run(jobs, USERS);
  return {
    result,
    cpuSeconds: cpuSince(
      before,
      cpuNow(botCpu, () => null),
    ),
  };
}

/** Runs `pin`; null when it worked, otherwise why not (the comparison is then skipped, not the bench). */
function pinned(pin: () => void): string | null {
  try {
    pin();
    return null;
  } catch (error) {
    return (error as Error).message;
  }
}

/** One measured run of card submissions (after a warm-up), with the CPU seconds bot and database used. */
async function measureCards(
  botUrl: string,
  connectorUrl: string,
  work: ReturnType<typeof submissions>,
  botCpu: () => number | null,
  databaseCpu: () => number | null,
): Promise<{ result: RunResult; cpuSeconds: CpuSeconds }> {
  const jobs = work.map(({ user, data }) => async () => {
    const response = await postActivity(
      botUrl,
      adaptiveCardAction({ serviceUrl: connectorUrl, user, verb: 'submitResult', data }),
      { timeoutMs: TIMEOUT_MS },
    );
    // The invoke response carries the summary card: {statusCode, type, value: the card}.
    const body = response.body as { type?: unknown; value?: { type?: unknown } } | undefined;
    const ok =
      response.status === 200 &&
      body?.type === 'application/vnd.microsoft.card.adaptive' &&
      body.value?.type === 'AdaptiveCard';
    if (!ok && process.env.BENCH_DEBUG)
      process.stderr.write(`${response.status} ${JSON.stringify(response.body).slice(0, 300)}\n`);
    return ok;
  });
  await run(jobs.splice(0, WARMUP), USERS);
  const before = cpuNow(botCpu, databaseCpu);
  const result = await run(jobs, USERS);
  return { result, cpuSeconds: cpuSince(before, cpuNow(botCpu, databaseCpu)) };
}

/** The echo bot before and after the bot, and the mean of the two (other work on the machine comes and goes). */
function baseline(
  before: Awaited<ReturnType<typeof measureEcho>>,
  after: Awaited<ReturnType<typeof measureEcho>>,
) {
  return { perSecond: round1((before.result.perSecond + after.result.perSecond) / 2), before, after };
}

const cardLine = (label: string, cards: RunResult) =>
  `${label}: ${cards.perSecond}/s, p50 ${cards.p50Ms} ms, p95 ${cards.p95Ms} ms, p99 ${cards.p99Ms} ms, ${cards.errors} errors`;
const echoLine = (label: string, echo: ReturnType<typeof baseline>) =>
  `${label}: ${echo.before.result.perSecond}/s before, ${echo.after.result.perSecond}/s after; p99 ${echo.before.result.p99Ms} / ${echo.after.result.p99Ms} ms`;

async function main(): Promise<void> {
  const database = await openBenchDatabase();
  const connector = await startConnectorProcess();
  const client = await MongoClient.connect(database.uri);
  const dbName = `bench_cards_${randomBytes(4).toString('hex')}`;
  const db = client.db(dbName);
  /** Bots started below, stopped in `finally` whatever happens (stop() is idempotent). */
  const bots: Array<{ stop(): Promise<void> }> = [];
  try {
    const plan = generateLargePlan({ units: 250, controls: 40, monthlyEverywhere: true });
    const started = performance.now();
    const occasionCount = await importBenchPlan(db, plan);
    log(`imported ${occasionCount} occasions in ${Math.round(performance.now() - started)} ms`);
    const noPinning =
      database.pid === null ? "the database is not the bench's own (MONGODB_URI)" : cannotPin();
    // Occasions for both rounds: the second runs on occasions not yet answered.
    const allWork = submissions(plan, 2 * (WARMUP + MEASURED));
    const work = allWork.slice(0, WARMUP + MEASURED);

    // The baseline, on the same harness, measured before and after the bot.
    await connector.reset();
    const echoBot = await startBotProcess({
      script: path.join(__dirname, 'support', 'echoBot.ts'),
      // The same runtime settings as the bot's: the production start's heap bounds.
      nodeArgs: productionNodeFlags(),
      args: ['{port}'],
      cwd: root,
      readyPath: '/healthz',
    });
    bots.push(echoBot);
    // The bot, as production runs it (the compiled build), on the bench's database.
    const bot = await startBuiltBot({
      cwd: root,
      mongodbUri: database.uri,
      dbName,
      tenantId: testTenant.id,
    });
    bots.push(bot);

    // The target: everything on the machine's cores together, as the issue measures it.
    const echoBefore = await measureEcho(echoBot.url, connector.url, work, echoBot.cpuSeconds);
    const cards = await measureCards(bot.url, connector.url, work, bot.cpuSeconds, database.cpuSeconds);
    const echoAfter = await measureEcho(echoBot.url, connector.url, work, echoBot.cpuSeconds);
    const echo = baseline(echoBefore, echoAfter);
    log(cardLine('card submissions', cards.result));
    log(echoLine('echo bot        ', echo));

    // For comparison, no target: the database on a core of its own (as in production, where it runs
    // on another machine), the bots, the load generator and the connector on the other core.
    const cpus = os.availableParallelism();
    const pinFailed =
      noPinning ??
      pinned(() => {
        pinToCpus([database.pid!], cpus > 2 ? `1-${cpus - 1}` : '1');
        pinToCpus([process.pid, connector.pid, echoBot.pid, bot.pid], '0');
      });
    let ownCore: Record<string, unknown> = { skipped: pinFailed };
    if (!pinFailed) {
      const pinnedWork = allWork.slice(WARMUP + MEASURED);
      const pinnedBefore = await measureEcho(echoBot.url, connector.url, pinnedWork, echoBot.cpuSeconds);
      const pinnedCards = await measureCards(
        bot.url,
        connector.url,
        pinnedWork,
        bot.cpuSeconds,
        database.cpuSeconds,
      );
      const pinnedEcho = baseline(
        pinnedBefore,
        await measureEcho(echoBot.url, connector.url, pinnedWork, echoBot.cpuSeconds),
      );
      log(cardLine('database on a core of its own: card submissions', pinnedCards.result));
      log(echoLine('database on a core of its own: echo bot        ', pinnedEcho));
      ownCore = {
        what: 'the database pinned to its own core(s), everything else to core 0 (taskset); no target',
        cardSubmissions: { ...pinnedCards.result, cpuSeconds: pinnedCards.cpuSeconds },
        echoBot: pinnedEcho,
        share: Number((pinnedCards.result.perSecond / pinnedEcho.perSecond).toFixed(3)),
      };
    }

    await bot.stop();
    const botPeakMb = bot.peakMemoryMb();
    await echoBot.stop();
    const stored = await new MongoOccasionRepository(db).count({ planId: plan.id, statuses: ['answered'] });
    const audited = await db
      .collection('audit')
      .countDocuments({})
      .catch(() => null);
    const echoReplies = (await connector.summary()).sent;
    const rounds = pinFailed ? 1 : 2;
    const share = Number((cards.result.perSecond / echo.perSecond).toFixed(3));
    log(
      JSON.stringify({
        database: database.description,
        concurrency: USERS,
        occasions: occasionCount,
        plan: '250 units × 40 control points, every control monthly in every unit (generateLargePlan monthlyEverywhere)',
        cardSubmissions: { ...cards.result, cpuSeconds: cards.cpuSeconds },
        echoBot: { ...echo, replies: echoReplies, peakMemoryMb: echoBot.peakMemoryMb() },
        databaseOnItsOwnCore: ownCore,
        auditEntries: audited,
        ...verdict(
          [
            atLeast("card throughput as a share of the echo bot's (same run)", share, 0.5, 'of echo'),
            atMost('card submission p99 at 50 concurrent users', cards.result.p99Ms, 1000, 'ms'),
            exactly('failed card submissions', cards.result.errors, 0, 'requests'),
            exactly('results stored (warm-ups included)', stored, rounds * (WARMUP + MEASURED), 'occasions'),
            exactly(
              'echo replies that reached the connector',
              echoReplies,
              2 * rounds * (WARMUP + MEASURED),
              'messages',
            ),
          ],
          {
            botPeakMb,
            botProcess: builtBotDescription(),
            databasePeakMb: database.peakMemoryMb(),
          },
        ),
      }),
    );
  } finally {
    for (const bot of bots) await bot.stop();
    await db.dropDatabase().catch(() => undefined);
    await client.close();
    await connector.close();
    await database.stop();
  }
}

runBench('cardSubmissions', main);
