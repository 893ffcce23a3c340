/**
 * The measuring half of bench/yearEnd.bench.ts: one task in a process of its own, so that its peak
 * memory (VmHWM) is that task's alone, as in the bot. BENCH_TASK is "report:<layout>:<xlsx|docx>"
 * (the follow-up report of 2025 in that layout, xlsx streamed to a file, docx in memory as the
 * bot sends it) or "planNext:<yaml|xlsx>" (next year's draft, open actions marked Överförd).
 * Prints one JSON line: { ms, bytes, peakMb }.
 */
import { createWriteStream, statSync, writeFileSync } from 'node:fs';
import { finished } from 'node:stream/promises';
import { performance } from 'node:perf_hooks';
import { MongoClient } from 'mongodb';
import { writeReportDocx } from '../../src/reports/writeReportDocx';
import { writeReportXlsx } from '../../src/reports/writeReportXlsx';
import { MongoActionRepository } from '../../src/storage/mongo/actions/MongoActionRepository';
import { MongoAuditLog } from '../../src/storage/mongo/audit/MongoAuditLog';
import { MongoDigestQueries } from '../../src/storage/mongo/digests/MongoDigestQueries';
import { MongoPlanRepository } from '../../src/storage/mongo/plans/MongoPlanRepository';
import { MongoReportSource } from '../../src/storage/mongo/reports/MongoReportSource';
import { MongoVerdictRepository } from '../../src/storage/mongo/reports/MongoVerdictRepository';
import { draftNextPlan } from '../../src/usecases/plans/draftNextPlan';
import { ownPeakRssMb } from './memory';

const env = (name: string): string => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run this through bench/yearEnd.bench.ts.`);
  return value;
};

async function main(): Promise<void> {
  const client = await MongoClient.connect(env('BENCH_MONGODB_URI'));
  const db = client.db(env('BENCH_DB'));
  const plans = new MongoPlanRepository(db);
  const stored = await plans.findById(env('BENCH_PLAN_ID'));
  if (!stored) throw new Error('The bench plan is not stored.');
  const { plan } = stored;
  const file = env('BENCH_OUT_FILE');
  const [task, first, second] = env('BENCH_TASK').split(':');
  const started = performance.now();
  if (task === 'report') {
    const ports = {
      source: new MongoReportSource(db),
      queries: new MongoDigestQueries(db),
      verdicts: new MongoVerdictRepository(db),
      actions: new MongoActionRepository(db),
    };
    if (second === 'xlsx') {
      const stream = createWriteStream(file);
      await writeReportXlsx(ports, plan, 2025, stream, { layout: first });
      await finished(stream);
    } else writeFileSync(file, await writeReportDocx(ports, plan, 2025, { layout: first }));
  } else if (task === 'planNext') {
    const outcome = await draftNextPlan(
      {
        plans,
        verdicts: new MongoVerdictRepository(db),
        actions: new MongoActionRepository(db),
        audit: new MongoAuditLog(db),
      },
      {
        fromYear: 2025,
        format: first as 'yaml' | 'xlsx',
        now: new Date('2026-02-02T09:00:00Z'),
        timeZone: 'Europe/Stockholm',
      },
    );
    if (!outcome.ok) throw new Error(`plan next refused: ${outcome.reason}`);
    writeFileSync(file, outcome.content);
    process.stderr.write(
      `plan next: ${outcome.draft.riskAreas.length} areas, ${outcome.carriedActions.length} actions carried\n`,
    );
  } else throw new Error(`Unknown BENCH_TASK ${env('BENCH_TASK')}`);
  const ms = Math.round(performance.now() - started);
  process.stdout.write(`${JSON.stringify({ ms, bytes: statSync(file).size, peakMb: ownPeakRssMb() })}\n`);
  await client.close(true).catch(() => undefined);
  process.exit(0);
}

main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});
