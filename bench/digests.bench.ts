/**
 * Digests and the annual report on a large municipality: 250 units × 40 control points, monthly for a
 * year (120,000 occasions), 70 % answered with a mix of assessments and deviations, on the bench's
 * database (bench/support/benchDatabase.ts: mongo-java-server's memory backend, or MONGODB_URI).
 * The occasions are inserted in bulk and the digest counters and report lines rebuilt from them
 * once (timed, as after a plan import). Measures (1) the leadership digest: counts per risk area
 * and unit, the overdue list, last week's snapshot and rendering the card, target < 1 s; (2) the
 * xlsx follow-up report streamed to a file, target < 10 s; (3) the peak memory of the process that
 * does (1) and (2), as the bot would, target < 300 MB: a separate process
 * (bench/support/measureDigests.ts), so that generating and loading the test data does not count.
 * The database's peak memory is reported apart. A measurement that does not finish within its
 * budget is reported as null (missed) so the bench stays within a few minutes.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { MongoClient } from 'mongodb';
import { openBenchDatabase } from './support/benchDatabase';
import { productionNodeFlags, runMeasureScript } from './support/buildBot';
import { storeLargePlan } from './support/largePlanData';
import { ownPeakRssMb } from './support/memory';
import { atMost, verdict } from './support/target';
import { runBench } from './support/runBench';

const TODAY = '2025-11-17';

const log = (text: string) => process.stdout.write(`${text}\n`);
/** Budgets that keep the bench within a few minutes on 2 cores; beyond them the target is missed anyway. */
const DIGEST_BUDGET_MS = 20_000;
const REPORT_BUDGET_MS = 40_000;

async function main(): Promise<void> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'ikbot-bench-digests-'));
  const database = await openBenchDatabase();
  const client = await MongoClient.connect(database.uri);
  try {
    const db = client.db(`bench_digests_${process.pid}`);
    const {
      plan,
      occasions: occasionCount,
      answered: answeredCount,
      rebuildMs,
      generatedMb,
    } = await storeLargePlan(db, log);
    const child = runMeasureScript('measureDigests.ts', {
      BENCH_MONGODB_URI: database.uri,
      BENCH_DB: db.databaseName,
      BENCH_PLAN_ID: plan.id,
      BENCH_TODAY: TODAY,
      BENCH_DIGEST_BUDGET_MS: String(DIGEST_BUDGET_MS),
      BENCH_REPORT_BUDGET_MS: String(REPORT_BUDGET_MS),
      BENCH_REPORT_FILE: path.join(dataDir, 'report.xlsx'),
    });
    const lines = child.stdout.trim().split('\n');
    const measured = JSON.parse(lines[lines.length - 1] ?? '{}') as {
      digestRunsMs: number[];
      cardBytes: number | null;
      reportMs: number | null;
      reportBytes: number | null;
      peakMb: number;
    };
    const digestMs = measured.digestRunsMs[0] ?? null;
    const { cardBytes, reportMs, peakMb } = measured;
    if (child.status !== 0) throw new Error(`measureDigests exited with ${child.status}`);
    const databasePeakMb = database.peakMemoryMb();
    const result = {
      database: database.description,
      occasions: occasionCount,
      answered: answeredCount,
      measured:
        'leadership digest = counts per risk area and unit + overdue list + snapshot lookup + card render (the first of three runs counts; all three listed); report = xlsx streamed to a file; bot memory = peak RSS (VmHWM) of the process that computes the digest and writes the report; rebuild = recomputing the counters and report lines from the 120,000 occasions, as after a plan import (no target)',
      budgetsMs: { digest: DIGEST_BUDGET_MS, report: REPORT_BUDGET_MS },
      leadershipDigestRunsMs: measured.digestRunsMs,
      digestCardBytes: cardBytes,
      xlsxReportBytes: measured.reportBytes,
      rebuildMs,
      harnessPeakMb: { afterGeneratingOccasions: generatedMb, afterLoadAndRebuild: ownPeakRssMb() },
      ...verdict(
        [
          atMost('leadership digest over 120,000 occasions', digestMs, 1000, 'ms'),
          atMost('xlsx follow-up report over 120,000 occasions', reportMs, 10_000, 'ms'),
          atMost('leadership digest card size', cardBytes, 40 * 1024, 'bytes'),
        ],
        {
          botPeakMb: peakMb,
          botProcess: `node ${productionNodeFlags().join(' ')} bench/support/measureDigests.ts (through tsx, with the production heap bounds): computes the digest three times and writes the report`,
          databasePeakMb,
        },
      ),
    };
    log(JSON.stringify(result));
  } finally {
    await client.close(true).catch(() => undefined);
    await database.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

runBench('digests', main);
