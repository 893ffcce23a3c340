/**
 * Digests and the annual report on a large municipality: 250 units × 40 control points, monthly for a
 * year (120,000 occasions), 70 % answered with a mix of assessments and deviations, on the embedded
 * FerretDB 1.24 in a temporary folder. Measures (1) the leadership digest: the three aggregations,
 * last week's snapshot and rendering the card, target < 1 s; (2) the xlsx follow-up report streamed
 * to a file, target < 10 s; (3) peak memory (max RSS of this process; FerretDB runs in its own),
 * target < 300 MB. Prints one JSON line with whether each target is met; a measurement that does not
 * finish within its budget is reported as null (missed) so the bench stays near 3 minutes.
 */
import { createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { finished } from 'node:stream/promises';
import { performance } from 'node:perf_hooks';
import { MongoClient } from 'mongodb';
import { renderLeadershipDigest } from '../src/cards/renderLeadershipDigest';
import { digestPeriodOf } from '../src/domain/digests/digestPeriodOf';
import { occasionsOf } from '../src/domain/schedule/occasionsOf';
import { generateLargePlan } from '../src/planFiles/generateLargePlan';
import { writeReportXlsx } from '../src/reports/writeReportXlsx';
import { MongoDigestQueries } from '../src/storage/mongo/MongoDigestQueries';
import { MongoDigestSnapshots } from '../src/storage/mongo/MongoDigestSnapshots';
import { toDocument, type OccasionDocument } from '../src/storage/mongo/MongoOccasionRepository';
import { MongoReportSource } from '../src/storage/mongo/MongoReportSource';
import { ensureIndexes } from '../src/storage/mongo/ensureIndexes';
import { startEmbeddedFerretDb } from '../src/storage/mongo/startEmbeddedFerretDb';
import { computeLeadershipDigest } from '../src/usecases/computeLeadershipDigest';

const TODAY = '2025-11-17';
const CHUNK = 2000;
const ASSESSMENTS = ['godkand', 'godkand', 'godkand', 'delvis_godkand', 'ej_godkand'] as const;
const actor = { aadObjectId: '00000000-0000-0000-0000-000000000001', name: 'Bench' };

const log = (text: string) => process.stdout.write(`${text}\n`);
/** Budgets that keep the whole bench near 3 minutes on this 2-core machine; beyond them the target is missed anyway. */
const DIGEST_BUDGET_MS = 45_000;
const REPORT_BUDGET_MS = 75_000;

/** True when `work` finished within `ms`; otherwise it is left running and the bench moves on (and exits at the end). */
async function withinBudget(ms: number, work: () => Promise<void>): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), ms);
  });
  const done = work().then(() => true as const);
  const finishedInTime = await Promise.race([done, timeout]);
  clearTimeout(timer);
  return finishedInTime;
}

async function main(): Promise<void> {
  const root = path.resolve(__dirname, '..');
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'ikbot-bench-digests-'));
  const database = await startEmbeddedFerretDb({ projectRoot: root, dataDir });
  const client = await MongoClient.connect(database.uri);
  try {
    const db = client.db('bench_digests');
    await ensureIndexes(db);
    const generated = generateLargePlan({ units: 250, controls: 40, year: 2025 });
    const unitIds = generated.units.map((unit) => unit.id);
    const plan = {
      ...generated,
      riskAreas: generated.riskAreas.map((area) => ({
        ...area,
        controls: area.controls.map((control) => ({
          ...control,
          frequency: { kind: 'monthly' as const },
          unitIds,
        })),
      })),
    };
    const occasions = occasionsOf(plan);
    const areaOf = new Map(
      plan.riskAreas.flatMap((area) => area.controls.map((c) => [c.id, area.id] as const)),
    );
    // Stored as the occasion repository stores them, 70 % already answered (index mod 10 below 7):
    // inserted in bulk, because answering them one update at a time is not what is measured here.
    const at = new Date();
    const documents: OccasionDocument[] = occasions.map((occasion, i) => {
      const answered = i % 10 < 7;
      const assessment = ASSESSMENTS[i % ASSESSMENTS.length];
      const deviations = assessment === 'godkand' ? 0 : 1 + (i % 3);
      return {
        ...toDocument(occasion, areaOf.get(occasion.controlId) ?? '', at),
        status: answered ? 'answered' : 'open',
        version: answered ? 1 : 0,
        ...(answered
          ? {
              assessment,
              deviations,
              result: {
                result: {
                  kind: 'performed',
                  performedOn: occasion.period.end,
                  answers: [],
                  assessment,
                  deviations,
                },
                version: 1,
                submittedBy: actor,
                submittedAt: at,
                firstSubmittedBy: actor,
                firstSubmittedAt: at,
              },
            }
          : {}),
      } as OccasionDocument;
    });
    let started = performance.now();
    for (let i = 0; i < documents.length; i += CHUNK) {
      await db.collection<OccasionDocument>('occasions').insertMany(documents.slice(i, i + CHUNK));
    }
    const answered = documents.filter((d) => d.status === 'answered');
    log(
      `stored ${documents.length} occasions (${answered.length} answered) in ${Math.round(performance.now() - started)} ms`,
    );

    const ports = { queries: new MongoDigestQueries(db), snapshots: new MongoDigestSnapshots(db) };
    const period = digestPeriodOf('', TODAY)!;
    let cardBytes: number | null = null;
    started = performance.now();
    const digestDone = await withinBudget(DIGEST_BUDGET_MS, async () => {
      const computed = await computeLeadershipDigest(ports, plan, period, TODAY);
      cardBytes = Buffer.byteLength(JSON.stringify(renderLeadershipDigest({ locale: 'sv', ...computed })));
    });
    const digestMs = digestDone ? Math.round(performance.now() - started) : null;
    log(
      digestDone
        ? `leadership digest: ${digestMs} ms, card ${cardBytes} bytes`
        : `leadership digest: not done within ${DIGEST_BUDGET_MS} ms`,
    );

    const file = path.join(dataDir, 'report.xlsx');
    started = performance.now();
    const reportDone = await withinBudget(REPORT_BUDGET_MS, async () => {
      const stream = createWriteStream(file);
      await writeReportXlsx(
        { source: new MongoReportSource(db), queries: ports.queries },
        plan,
        2025,
        stream,
      );
      await finished(stream);
    });
    const reportMs = reportDone ? Math.round(performance.now() - started) : null;
    log(
      reportDone
        ? `xlsx report: ${reportMs} ms, ${statSync(file).size} bytes`
        : `xlsx report: not done within ${REPORT_BUDGET_MS} ms`,
    );

    const peakMb = Math.round(process.resourceUsage().maxRSS / 1024);
    const result = {
      occasions: occasions.length,
      answered: answered.length,
      budgetsMs: { digest: DIGEST_BUDGET_MS, report: REPORT_BUDGET_MS },
      note: 'null = not finished within its budget (the bench moves on to stay near 3 minutes): target missed. An unfinished digest keeps FerretDB busy while the report runs. FerretDB 1.24 runs $group in O(documents × groups) and scans the collection for every read; pre-aggregated counters are needed to meet the targets.',
      measured:
        'leadership digest = 3 aggregations + snapshot lookup + card render (one run); report = xlsx streamed to a file; memory = max RSS of the bench process (FerretDB is a separate process)',
      leadershipDigestMs: digestMs,
      leadershipDigestTargetMs: 1000,
      leadershipDigestMet: digestMs !== null && digestMs < 1000,
      digestCardBytes: cardBytes,
      digestCardUnder40KB: cardBytes !== null && cardBytes < 40 * 1024,
      xlsxReportMs: reportMs,
      xlsxReportTargetMs: 10000,
      xlsxReportMet: reportMs !== null && reportMs < 10000,
      peakMemoryMb: peakMb,
      peakMemoryTargetMb: 300,
      peakMemoryMet: peakMb < 300,
    };
    log(JSON.stringify(result));
  } finally {
    await client.close(true).catch(() => undefined);
    await database.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
  // Work still running past its budget would keep the process alive: stop here.
  process.exit(0);
}

main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});
