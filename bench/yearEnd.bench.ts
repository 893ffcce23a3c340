/**
 * Issue 13's year-end targets on the large municipality of bench/digests (250 units × 40 control
 * points monthly, 120,000 occasions, 70 % answered; bench/support/largePlanData.ts) plus 2,500
 * actions proposed by deviations (one per fourth control × unit; half of them still Pågående, half
 * Genomförd, each with an owner's comment). Each task runs in a process of its own
 * (bench/support/measureYearEnd.ts) so its peak memory is its own: the follow-up report of 2025 in
 * every layout (src/reports/layouts), as xlsx (streamed to a file) and docx (in memory, as the bot
 * sends it), and `plan next` (the draft as YAML and Excel; the first run also marks the open
 * actions Överförd till 2026). Targets per task: < 10 s and < 300 MB peak. A task that does not
 * finish within its budget is reported as null (missed).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { MongoClient } from 'mongodb';
import type { Action } from '../src/domain/actions/types';
import { reportLayoutIds } from '../src/reports/layouts/reportLayouts';
import { MongoActionRepository } from '../src/storage/mongo/actions/MongoActionRepository';
import { openBenchDatabase } from './support/benchDatabase';
import { productionNodeFlags, runMeasureScript } from './support/buildBot';
import { benchActor, storeLargePlan } from './support/largePlanData';
import { atMost, BOT_PEAK_MEMORY_MB, type TargetResult } from './support/target';
import { runBench } from './support/runBench';

const log = (text: string) => process.stdout.write(`${text}\n`);
const TASK_BUDGET_MS = 60_000;
const TARGET_MS = 10_000;

async function main(): Promise<void> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'ikbot-bench-yearend-'));
  const database = await openBenchDatabase();
  const client = await MongoClient.connect(database.uri);
  try {
    const db = client.db(`bench_yearend_${process.pid}`);
    const { plan, occasions, answered } = await storeLargePlan(db, log);
    const units = plan.units.map((unit) => unit.id);
    const at = new Date('2025-11-17T09:00:00Z');
    const actions: Action[] = [];
    let n = 0;
    for (const area of plan.riskAreas)
      for (const control of area.controls)
        for (const unitId of units) {
          n += 1;
          if (n % 4 !== 0) continue;
          const done = actions.length % 2 === 1;
          actions.push({
            id: `${plan.id}/result/${control.id}/${unitId}`,
            planId: plan.id,
            year: 2025,
            riskAreaId: area.id,
            source: 'result',
            controlId: control.id,
            unitId,
            text: `Åtgärda avvikelsen i ${control.title}`,
            owner: { name: 'Enhetschef', roleId: 'enhetschef' },
            start: '2025-03-01',
            checkpoints: ['2025-09-01'],
            end: '2025-12-31',
            entries: [
              {
                id: 'created',
                at,
                date: '2025-03-01',
                status: 'Ej påbörjad',
                change: { kind: 'created' },
                author: { system: 'result', name: 'ikbot' },
              },
              {
                id: 'e1',
                at,
                date: '2025-09-01',
                status: done ? 'Genomförd' : 'Pågående',
                change: { kind: 'status' },
                comment: 'Rutinen är uppdaterad och genomgången på APT.',
                periodLabel: 'Tertial 2 2025',
                author: benchActor,
              },
            ],
          });
        }
    await new MongoActionRepository(db).ensure(actions);
    log(`stored ${actions.length} actions`);

    const tasks = [
      ...reportLayoutIds.flatMap((layout) => [`report:${layout}:xlsx`, `report:${layout}:docx`]),
      'planNext:yaml',
      'planNext:xlsx',
    ];
    const measured: Record<string, { ms: number | null; bytes: number | null; peakMb: number | null }> = {};
    const targets: TargetResult[] = [];
    for (const task of tasks) {
      const child = runMeasureScript(
        'measureYearEnd.ts',
        {
          BENCH_MONGODB_URI: database.uri,
          BENCH_DB: db.databaseName,
          BENCH_PLAN_ID: plan.id,
          BENCH_TASK: task,
          BENCH_OUT_FILE: path.join(dataDir, task.replace(/:/g, '-')),
        },
        TASK_BUDGET_MS,
      );
      const last = child.stdout?.trim().split('\n').pop() ?? '';
      const result =
        child.status === 0
          ? (JSON.parse(last) as { ms: number; bytes: number; peakMb: number })
          : { ms: null, bytes: null, peakMb: null };
      measured[task] = result;
      log(
        `${task}: ${result.ms ?? 'not done'} ms, ${result.bytes ?? '-'} bytes, peak ${result.peakMb ?? '-'} MB`,
      );
      targets.push(atMost(`${task} time`, result.ms, TARGET_MS, 'ms'));
      targets.push(atMost(`${task} peak memory`, result.peakMb, BOT_PEAK_MEMORY_MB, 'MB'));
    }
    const peaks = Object.values(measured).map((m) => m.peakMb);
    const botPeakMb = peaks.includes(null) ? null : Math.max(...(peaks as number[]));
    log(
      JSON.stringify({
        database: database.description,
        occasions,
        answered,
        actions: actions.length,
        measured:
          'each task in its own process: the 2025 follow-up report per layout (xlsx streamed to a file, docx in memory) and plan next from 2025 (yaml, xlsx; the first run marks the open actions Överförd till 2026); time = the task alone, memory = peak RSS (VmHWM) of its process',
        budgetMs: TASK_BUDGET_MS,
        tasks: measured,
        met: targets.every((t) => t.met),
        targets,
        memory: {
          botPeakMb,
          botProcess: `node ${productionNodeFlags().join(' ')} bench/support/measureYearEnd.ts (through tsx, with the production heap bounds), one process per task (the largest peak)`,
          databasePeakMb: database.peakMemoryMb(),
          database: 'peak RSS (VmHWM) of the database process, reported apart; no target',
        },
      }),
    );
  } finally {
    await client.close(true).catch(() => undefined);
    await database.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

runBench('yearEnd', main);
