/**
 * Does attaching a 10 MB evidence file delay other people's card submissions? The real bot
 * (the production build `node dist/main.js`, built by the bench first; scheduler off, GridFS evidence
 * store) in a process of its own,
 * on a generated plan (60 units × 10 control points, monthly everywhere). CONCURRENCY unit managers
 * submit control cards (submitResult invokes) in measured phases of 200: without uploads, then
 * ROUNDS times a phase with one performer attaching 10 MB files one after another the whole phase
 * (after "Bifoga underlag", each file message makes the bot download 10 MB over HTTP from a file
 * server in this process, check its content and write it to GridFS) followed by one without. Other
 * work on the machine comes and goes, so the phases alternate and each kind's p99 is taken over all
 * of its requests together (one short phase's p99 is its second-slowest request).
 * Target: p99 with uploads − p99 without < 100 ms; every upload stored; no failed submissions.
 */
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { MongoClient } from 'mongodb';
import type { Plan } from '../src/domain/plan/types';
import { checkItemFieldId } from '../src/domain/results/fieldIds';
import { scaleCodes } from '../src/domain/results/resultScales';
import { occasionKey } from '../src/domain/schedule/occasionKey';
import { occasionsOf } from '../src/domain/schedule/occasionsOf';
import { generateLargePlan } from '../src/planFiles';
import { adaptiveCardAction, fileMessage } from '../test/support/activities';
import { postActivity } from '../test/support/postActivity';
import { testTenant, type TestUser } from '../test/support/testUsers';
import { openBenchDatabase } from './support/benchDatabase';
import { importBenchPlan } from './support/importBenchPlan';
import { builtBotDescription, startBuiltBot, type BotProcess } from './support/botProcess';
import { startConnectorProcess } from './support/connectorProcess';
import { atMost, atLeast, exactly, round1, verdict } from './support/target';
import { runBench } from './support/runBench';

const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 10);
const MEASURED = 200;
/** Upload phases, each followed by a quiet one (after a first quiet one), so slow drifts of the machine's load fall on both. */
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const WARMUP = 20;
/** Unit managers whose occasions are submitted: 55 of the plan's 56 units, 36 occasions each, enough for 7 phases. */
const SUBMITTERS = 55;
const FILE_BYTES = 10 * 1024 * 1024;
const TIMEOUT_MS = 60_000;
const root = path.resolve(__dirname, '..');
const log = (text: string) => process.stdout.write(`${text}\n`);

interface RunResult {
  requests: number;
  errors: number;
  p50Ms: number;
  p99Ms: number;
  perSecond: number;
}

/** One measured phase: its summary and its latencies (pooled with the other phases of its kind). */
interface Phase {
  result: RunResult;
  latencies: number[];
  seconds: number;
}

/** The phases of one kind taken together: p50 and p99 over all their requests. */
function pooled(phases: Phase[]): RunResult {
  const latencies = phases.flatMap((phase) => phase.latencies).sort((a, b) => a - b);
  const seconds = phases.reduce((sum, phase) => sum + phase.seconds, 0);
  return {
    requests: latencies.length,
    errors: phases.reduce((sum, phase) => sum + phase.result.errors, 0),
    p50Ms: round1(percentile(latencies, 50)),
    p99Ms: round1(percentile(latencies, 99)),
    perSecond: round1(latencies.length / seconds),
  };
}

function percentile(sorted: number[], p: number): number {
  return sorted.length === 0
    ? NaN
    : sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

async function run(jobs: Array<() => Promise<boolean>>, concurrency: number): Promise<Phase> {
  const latencies: number[] = [];
  let errors = 0;
  let next = 0;
  const started = performance.now();
  const worker = async () => {
    while (next < jobs.length) {
      const job = jobs[next++];
      const t0 = performance.now();
      const ok = await job().catch(() => false);
      latencies.push(performance.now() - t0);
      if (!ok) errors += 1;
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    latencies,
    seconds,
    result: {
      requests: jobs.length,
      errors,
      p50Ms: round1(percentile(latencies, 50)),
      p99Ms: round1(percentile(latencies, 99)),
      perSecond: round1(jobs.length / seconds),
    },
  };
}

function teamsUser(person: Plan['people'][number], n: number): TestUser {
  return {
    id: `29:1EvidenceBenchUser${n}`,
    aadObjectId: person.aadObjectId ?? '',
    name: person.name,
    givenName: 'Person',
    surname: String(n),
    email: `person${n}@kommun.example`,
    userPrincipalName: `person${n}@kommun.example`,
    tenantId: testTenant.id,
    role: 'performer',
  };
}

/** Each enhetschef's own occasions, as card submissions (the first person is the uploader). */
function people(plan: Plan) {
  const controls = new Map(plan.riskAreas.flatMap((area) => area.controls.map((c) => [c.id, c] as const)));
  const persons = new Map(plan.people.map((person) => [person.id, person]));
  return plan.units
    .filter((unit) => unit.level === 'enhet')
    .slice(0, SUBMITTERS + 1)
    .map((unit, n) => {
      const personId = plan.assignments.find(
        (a) => a.roleId === 'enhetschef' && a.unitId === unit.id,
      )?.personId;
      const person = personId ? persons.get(personId) : undefined;
      if (!person) throw new Error(`No enhetschef for ${unit.id}.`);
      const submissions = occasionsOf(plan)
        .filter((o) => o.unitId === unit.id && controls.get(o.controlId)?.performerRoleId === 'enhetschef')
        .map((occasion) => {
          const control = controls.get(occasion.controlId)!;
          const answers: Record<string, string> = {};
          for (const item of control.checkItems)
            answers[checkItemFieldId(item.id)] =
              item.answerType === 'yesNoPartial'
                ? 'ja'
                : item.answerType === 'text'
                  ? 'Utan anmärkning.'
                  : '3';
          return {
            occasionId: occasionKey(occasion),
            version: 0,
            ...answers,
            assessment: scaleCodes(control.resultScale)[0],
            deviations: '0',
            performedOn: occasion.period.end,
            comment: 'Bänktest.',
          };
        });
      return { user: teamsUser(person, n), submissions };
    });
}

async function main(): Promise<void> {
  const database = await openBenchDatabase();
  const connector = await startConnectorProcess();
  const client = await MongoClient.connect(database.uri);
  const dbName = `bench_evidence_${randomBytes(4).toString('hex')}`;
  const db = client.db(dbName);
  // A PDF's magic bytes, then 10 MB of noise: what the bot downloads for every upload.
  const file = Buffer.concat([Buffer.from('%PDF-1.4\n'), randomBytes(FILE_BYTES - 9)]);
  const files = createServer((_req, res) => {
    res.writeHead(200, { 'Content-Type': 'application/pdf', 'Content-Length': file.length });
    res.end(file);
  });
  await new Promise<void>((resolve) => files.listen(0, '127.0.0.1', resolve));
  const fileUrl = `http://127.0.0.1:${(files.address() as AddressInfo).port}/underlag.pdf`;
  let bot: BotProcess | undefined;
  try {
    const plan = generateLargePlan({ units: 60, controls: 10, monthlyEverywhere: true });
    await importBenchPlan(db, plan);
    const [uploader, ...submitters] = people(plan);
    bot = await startBuiltBot({ cwd: root, mongodbUri: database.uri, dbName, tenantId: testTenant.id });
    const botUrl = bot.url;
    let cursor = 0;
    const cardJobs = (count: number) =>
      Array.from({ length: count }, () => {
        const n = cursor++;
        const person = submitters[n % submitters.length];
        const data = person.submissions[Math.floor(n / submitters.length)];
        if (!data) throw new Error('Not enough occasions per person for the bench.');
        return async () => {
          const response = await postActivity(
            botUrl,
            adaptiveCardAction({ serviceUrl: connector.url, user: person.user, verb: 'submitResult', data }),
            { timeoutMs: TIMEOUT_MS },
          );
          return response.status === 200 && JSON.stringify(response.body).includes('AdaptiveCard');
        };
      });

    await run(cardJobs(WARMUP), CONCURRENCY);
    const quiet: Phase[] = [await run(cardJobs(MEASURED), CONCURRENCY)];
    // The bot's peak before any upload: what the uploads add to it shows against this.
    const peakBeforeUploadsMb = bot.peakMemoryMb();
    log(
      `without uploads: p50 ${quiet[0].result.p50Ms} ms, p99 ${quiet[0].result.p99Ms} ms; bot peak so far ${peakBeforeUploadsMb} MB`,
    );

    // The uploader presses "Bifoga underlag" once, then sends 10 MB files during each upload phase.
    const pressed = await postActivity(
      botUrl,
      adaptiveCardAction({
        serviceUrl: connector.url,
        user: uploader.user,
        verb: 'attachEvidence',
        data: { occasionId: uploader.submissions[0].occasionId },
      }),
      { timeoutMs: TIMEOUT_MS },
    );
    if (pressed.status !== 200) throw new Error(`attachEvidence answered ${pressed.status}`);
    let uploads = 0;
    let uploadFailures = 0;
    const uploadLatencies: number[] = [];
    const withUploads: Phase[] = [];
    for (let round = 1; round <= ROUNDS; round += 1) {
      let uploading = true;
      const uploadLoop = (async () => {
        while (uploading) {
          const t0 = performance.now();
          // A refused connection (e.g. a keep-alive socket the bot closed while the quiet phase ran)
          // counts as a failed upload, not as the end of the bench.
          const response = await postActivity(
            botUrl,
            fileMessage({
              serviceUrl: connector.url,
              user: uploader.user,
              file: {
                name: `underlag-${uploads}.pdf`,
                downloadUrl: fileUrl,
                uniqueId: `u${uploads}`,
                fileType: 'pdf',
              },
            }),
            { timeoutMs: TIMEOUT_MS },
          ).catch(() => ({ status: 0 }));
          uploadLatencies.push(performance.now() - t0);
          if (response.status === 200) uploads += 1;
          else uploadFailures += 1;
        }
      })();
      const loaded = await run(cardJobs(MEASURED), CONCURRENCY);
      uploading = false;
      await uploadLoop;
      withUploads.push(loaded);
      const after = await run(cardJobs(MEASURED), CONCURRENCY);
      quiet.push(after);
      log(
        `round ${round}: with 10 MB uploads p50 ${loaded.result.p50Ms} ms, p99 ${loaded.result.p99Ms} ms ` +
          `(${uploads} uploads so far); without again p50 ${after.result.p50Ms} ms, p99 ${after.result.p99Ms} ms`,
      );
    }

    const stored = await db.collection('evidenceFiles').countDocuments();
    const quietAll = pooled(quiet);
    const uploadsAll = pooled(withUploads);
    const added = round1(uploadsAll.p99Ms - quietAll.p99Ms);
    uploadLatencies.sort((a, b) => a - b);
    await bot.stop();
    log(
      JSON.stringify({
        database: database.description,
        concurrency: CONCURRENCY,
        fileBytes: FILE_BYTES,
        rounds: ROUNDS,
        quietBefore: quiet[0].result,
        quietAfter: quiet[quiet.length - 1].result,
        quiet: quietAll,
        withUploads: uploadsAll,
        baselineP99Ms: quietAll.p99Ms,
        addedP99Ms: added,
        throughputWithUploadsVsQuiet: round1((100 * uploadsAll.perSecond) / quietAll.perSecond) / 100,
        uploads: {
          completed: uploads,
          failed: uploadFailures,
          stored,
          p50Ms: round1(percentile(uploadLatencies, 50)),
        },
        botPeakBeforeUploadsMb: peakBeforeUploadsMb,
        ...verdict(
          [
            atMost('card p99 added by a concurrent 10 MB upload (vs the quiet runs)', added, 100, 'ms'),
            atLeast('10 MB uploads completed during the run', uploads, 1, 'files'),
            exactly('uploads stored', stored, uploads, 'files'),
            exactly('failed card submissions', quietAll.errors + uploadsAll.errors, 0, 'requests'),
          ],
          {
            botPeakMb: bot.peakMemoryMb(),
            botProcess: builtBotDescription(),
            databasePeakMb: database.peakMemoryMb(),
          },
        ),
      }),
    );
  } finally {
    await bot?.stop();
    files.close();
    await db.dropDatabase().catch(() => undefined);
    await client.close();
    await connector.close();
    await database.stop();
  }
}

runBench('evidenceUpload', main);
