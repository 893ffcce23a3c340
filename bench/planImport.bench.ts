/**
 * Imports a generated plan of 250 units × 40 control points into a fresh database and reports the
 * time, the occasions stored and the peak memory (RSS). Targets: under 10 s and under 300 MB.
 * The database is a FerretDB of its own in a temporary folder, or MONGODB_URI when set.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { MongoClient } from 'mongodb';
import { generateLargePlan, writePlan } from '../src/planFiles';
import { ensureIndexes } from '../src/storage/mongo/database/ensureIndexes';
import { MongoAuditLog } from '../src/storage/mongo/audit/MongoAuditLog';
import { MongoOccasionRepository } from '../src/storage/mongo/occasions/MongoOccasionRepository';
import { MongoPlanRepository } from '../src/storage/mongo/plans/MongoPlanRepository';
import { startEmbeddedMongo, type EmbeddedDatabase } from '../src/storage/embedded/startEmbeddedMongo';
import { importPlan } from '../src/usecases/importPlan';

const TARGET_SECONDS = 10;
const TARGET_RSS_MB = 300;

async function main(): Promise<void> {
  let peakRss = process.memoryUsage.rss();
  const sampler = setInterval(() => {
    peakRss = Math.max(peakRss, process.memoryUsage.rss());
  }, 10);
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'ikbot-bench-import-'));
  let embedded: EmbeddedDatabase | undefined;
  let uri = process.env.MONGODB_URI;
  if (!uri) {
    embedded = await startEmbeddedMongo({
      projectRoot: path.resolve(__dirname, '..'),
      backend: { kind: 'memory' },
      maxHeapMb: 3072,
    });
    uri = embedded.uri;
  }
  const client = await MongoClient.connect(uri);
  const db = client.db(`bench_import_${randomBytes(4).toString('hex')}`);
  try {
    await ensureIndexes(db);
    const ports = {
      plans: new MongoPlanRepository(db),
      occasions: new MongoOccasionRepository(db),
      audit: new MongoAuditLog(db),
    };
    const plan = generateLargePlan({ units: 250, controls: 40 });
    const xlsx = await writePlan(plan, 'xlsx');
    const yaml = Buffer.from(await writePlan(plan, 'yaml'));
    console.log(
      `plan: ${plan.units.length} units, ${plan.riskAreas.flatMap((a) => a.controls).length} control points`,
    );
    console.log(
      `files: xlsx ${(xlsx.length / 1024).toFixed(0)} KB, yaml ${(yaml.length / 1024).toFixed(0)} KB`,
    );

    const started = performance.now();
    const first = await importPlan({ content: xlsx, fileName: 'large-plan.xlsx' }, ports, {
      importedBy: { system: 'cli' },
      now: new Date(),
    });
    const seconds = (performance.now() - started) / 1000;
    if (!first.ok || !first.applied)
      throw new Error(`The generated plan was refused: ${JSON.stringify(first)}`);
    const stored = await ports.occasions.count({ planId: plan.id });
    console.log(`first import (xlsx): ${seconds.toFixed(2)} s, ${stored} occasions stored`);

    const again = performance.now();
    const second = await importPlan({ content: yaml, fileName: 'large-plan.yaml' }, ports, {
      importedBy: { system: 'cli' },
      now: new Date(),
    });
    const reimportSeconds = (performance.now() - again) / 1000;
    if (!second.ok || !second.applied || second.sync.unchanged !== stored) {
      throw new Error(
        `Re-import was not a no-op: ${JSON.stringify(second.ok && second.applied && second.sync)}`,
      );
    }
    console.log(`re-import (yaml, nothing changes): ${reimportSeconds.toFixed(2)} s`);

    // Every control's due rule becomes "end of period": the due dates of most occasions move at once.
    for (const control of plan.riskAreas.flatMap((area) => area.controls))
      control.dueRule = { kind: 'periodEnd' };
    const moved = performance.now();
    const third = await importPlan(
      { content: Buffer.from(await writePlan(plan, 'yaml')), fileName: 'large-plan.yaml' },
      ports,
      { importedBy: { system: 'cli' }, now: new Date() },
    );
    const movedSeconds = (performance.now() - moved) / 1000;
    if (!third.ok || !third.applied || third.sync.updated === 0) {
      throw new Error(
        `Moving the due dates updated nothing: ${JSON.stringify(third.ok && third.applied && third.sync)}`,
      );
    }
    const movedCount = third.sync.updated;
    console.log(
      `re-import with every due rule set to end of period: ${movedCount} occasions moved in ${movedSeconds.toFixed(2)} s`,
    );

    // Half of the control points leave the plan: their occasions are deleted.
    for (const area of plan.riskAreas) area.controls = area.controls.filter((_, index) => index % 2 === 0);
    const removing = performance.now();
    const fourth = await importPlan(
      { content: Buffer.from(await writePlan(plan, 'yaml')), fileName: 'large-plan.yaml' },
      ports,
      { importedBy: { system: 'cli' }, now: new Date() },
    );
    const removedSeconds = (performance.now() - removing) / 1000;
    if (!fourth.ok || !fourth.applied || fourth.sync.removed === 0) {
      throw new Error(
        `Removing controls removed nothing: ${JSON.stringify(fourth.ok && fourth.applied && fourth.sync)}`,
      );
    }
    const removedCount = fourth.sync.removed;
    console.log(
      `re-import without half of the control points: ${removedCount} occasions removed in ${removedSeconds.toFixed(2)} s`,
    );

    clearInterval(sampler);
    const peakRssMb = Math.round(peakRss / (1024 * 1024));
    const met = seconds < TARGET_SECONDS && peakRssMb < TARGET_RSS_MB;
    console.log(
      JSON.stringify({
        database: embedded ? 'embedded FerretDB 1.24 (SQLite, temp dir)' : 'MONGODB_URI',
        units: plan.units.length,
        controlPoints: plan.riskAreas.reduce((sum, area) => sum + area.controls.length, 0),
        occasions: stored,
        seconds: Number(seconds.toFixed(3)),
        reimportSeconds: Number(reimportSeconds.toFixed(3)),
        dueDatesMoved: movedCount,
        dueDatesMovedSeconds: Number(movedSeconds.toFixed(3)),
        occasionsRemoved: removedCount,
        occasionsRemovedSeconds: Number(removedSeconds.toFixed(3)),
        peakRssMb,
        targets: { seconds: TARGET_SECONDS, peakRssMb: TARGET_RSS_MB },
        met,
      }),
    );
  } finally {
    clearInterval(sampler);
    await db.dropDatabase().catch(() => undefined);
    await client.close();
    await embedded?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(`planImport bench failed: ${(error as Error).stack ?? String(error)}`);
  process.exit(1);
});
