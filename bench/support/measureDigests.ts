/**
 * The measuring half of bench/digests.bench.ts, run in a process of its own so that its peak
 * memory (VmHWM) is that of computing the digest and writing the report only, as in the bot (not
 * of generating and loading 120,000 occasions). Reads the plan stored by the bench from the database named by
 * BENCH_MONGODB_URI and BENCH_DB; prints one JSON line.
 */
import { createWriteStream, statSync } from 'node:fs';
import { finished } from 'node:stream/promises';
import { performance } from 'node:perf_hooks';
import { MongoClient } from 'mongodb';
import { renderLeadershipDigest } from '../../src/cards/renderLeadershipDigest';
import { digestPeriodOf } from '../../src/domain/digests/digestPeriodOf';
import { writeReportXlsx } from '../../src/reports/writeReportXlsx';
import { MongoActionRepository } from '../../src/storage/mongo/actions/MongoActionRepository';
import { MongoDigestQueries } from '../../src/storage/mongo/digests/MongoDigestQueries';
import { MongoDigestSnapshots } from '../../src/storage/mongo/digests/MongoDigestSnapshots';
import { MongoPlanRepository } from '../../src/storage/mongo/plans/MongoPlanRepository';
import { MongoOccasionRepository } from '../../src/storage/mongo/occasions/MongoOccasionRepository';
import { MongoReportSource } from '../../src/storage/mongo/reports/MongoReportSource';
import { MongoVerdictRepository } from '../../src/storage/mongo/reports/MongoVerdictRepository';
import { computeLeadershipDigest } from '../../src/usecases/computeLeadershipDigest';
import { ownPeakRssMb } from './memory';

const env = (name: string): string => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run this through bench/digests.bench.ts.`);
  return value;
};
const log = (text: string) => process.stderr.write(`${text}\n`);

/** True when `work` finished within `ms`; otherwise it is left running (the process exits at the end). */
async function withinBudget(ms: number, work: () => Promise<void>): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), ms);
  });
  const finishedInTime = await Promise.race([work().then(() => true as const), timeout]);
  clearTimeout(timer);
  return finishedInTime;
}

async function main(): Promise<void> {
  const today = env('BENCH_TODAY');
  const digestBudgetMs = Number(env('BENCH_DIGEST_BUDGET_MS'));
  const reportBudgetMs = Number(env('BENCH_REPORT_BUDGET_MS'));
  const client = await MongoClient.connect(env('BENCH_MONGODB_URI'));
  const db = client.db(env('BENCH_DB'));
  const stored = await new MongoPlanRepository(db).findById(env('BENCH_PLAN_ID'));
  if (!stored) throw new Error('The bench plan is not stored.');
  const { plan } = stored;
  const ports = { queries: new MongoDigestQueries(db), snapshots: new MongoDigestSnapshots(db) };
  const period = digestPeriodOf('', today)!;

  // The first run counts (cold: new connections, nothing cached); two more show the spread.
  let cardBytes: number | null = null;
  const digestRunsMs: number[] = [];
  for (let run = 0; run < 3; run += 1) {
    const started = performance.now();
    const done = await withinBudget(digestBudgetMs, async () => {
      const computed = await computeLeadershipDigest(ports, plan, period, today);
      cardBytes = Buffer.byteLength(JSON.stringify(renderLeadershipDigest({ locale: 'sv', ...computed })));
    });
    if (!done) break;
    digestRunsMs.push(Math.round(performance.now() - started));
  }
  log(
    digestRunsMs.length > 0
      ? `leadership digest: ${digestRunsMs.join(' / ')} ms (first run counts), card ${cardBytes} bytes`
      : `leadership digest: not done within ${digestBudgetMs} ms`,
  );

  const file = env('BENCH_REPORT_FILE');
  const started = performance.now();
  const reportDone = await withinBudget(reportBudgetMs, async () => {
    const stream = createWriteStream(file);
    const reportPorts = {
      source: new MongoReportSource(db),
      queries: ports.queries,
      verdicts: new MongoVerdictRepository(db),
      actions: new MongoActionRepository(db),
      occasions: new MongoOccasionRepository(db),
    };
    await writeReportXlsx(reportPorts, plan, 2025, stream);
    await finished(stream);
  });
  const reportMs = reportDone ? Math.round(performance.now() - started) : null;
  const reportBytes = reportDone ? statSync(file).size : null;
  log(
    reportDone
      ? `xlsx report: ${reportMs} ms, ${reportBytes} bytes`
      : `xlsx report: not done within ${reportBudgetMs} ms`,
  );
  process.stdout.write(
    `${JSON.stringify({ digestRunsMs, cardBytes, reportMs, reportBytes, peakMb: ownPeakRssMb() })}\n`,
  );
  await client.close(true).catch(() => undefined);
  // Work still running past its budget would keep the process alive: stop here.
  process.exit(0);
}

main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});
