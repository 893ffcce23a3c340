/**
 * Plan import at the size of a large förvaltning: a generated plan of 250 units × 40 control points
 * (the mix of frequencies of generateLargePlan) imported from xlsx into an empty database, target
 * < 10 s; then a re-import of the same plan (yaml) with the due rule changed on controls whose
 * occasions add up to 300 and units taken off controls so that 1,000 occasions leave the plan,
 * target < 5 s. Between them a re-import where nothing changes (no target). The import runs in
 * this process as `ikbot plan import` runs it (importPlan with the MongoDB adapters) on the
 * bench's database (mongo-java-server's memory backend, or MONGODB_URI). Bot memory = this
 * process's peak RSS while importing: the high-water mark is reset after the plan files are
 * generated, so generating them does not count.
 */
import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { MongoClient } from 'mongodb';
import type { ControlPoint, Plan } from '../src/domain/plan/types';
import { occasionsOf } from '../src/domain/schedule/occasionsOf';
import { generateLargePlan, writePlan } from '../src/planFiles';
import { ensureIndexes } from '../src/storage/mongo/database/ensureIndexes';
import { MongoAuditLog } from '../src/storage/mongo/audit/MongoAuditLog';
import { MongoOccasionRepository } from '../src/storage/mongo/occasions/MongoOccasionRepository';
import { MongoPlanRepository } from '../src/storage/mongo/plans/MongoPlanRepository';
import { importPlan, type PlanImportPorts } from '../src/usecases/importPlan';
import { openBenchDatabase } from './support/benchDatabase';
import { ownPeakRssMb, resetPeakRss } from './support/memory';
import { atMost, exactly, round1, verdict } from './support/target';
import { runBench } from './support/runBench';

const MOVED_DUE_DATES = 300;
const REMOVED_OCCASIONS = 1000;
const log = (text: string) => process.stdout.write(`${text}\n`);

/** Controls whose occasions add up to exactly `wanted` (subset sum over the controls' occasion counts). */
function controlsAddingUpTo(counts: Map<string, number>, wanted: number): string[] {
  const reach = new Map<number, string[]>([[0, []]]);
  for (const [controlId, count] of counts) {
    for (const [sum, ids] of [...reach]) {
      const next = sum + count;
      if (next <= wanted && !reach.has(next)) reach.set(next, [...ids, controlId]);
    }
    if (reach.has(wanted)) break;
  }
  const found = reach.get(wanted);
  if (!found) throw new Error(`No set of controls has exactly ${wanted} occasions; change the bench plan.`);
  return found;
}

/**
 * The plan changed as a municipality changes it mid-year: the due rule of some controls moves
 * exactly MOVED_DUE_DATES occasions, and units leave other controls so that exactly
 * REMOVED_OCCASIONS occasions leave the plan.
 */
function changedPlan(original: Plan): { plan: Plan; moved: number; removed: number } {
  const plan = structuredClone(original);
  const occasions = occasionsOf(plan);
  const perControl = new Map<string, number>();
  const perControlUnit = new Map<string, number>();
  for (const occasion of occasions) {
    perControl.set(occasion.controlId, (perControl.get(occasion.controlId) ?? 0) + 1);
    const key = `${occasion.controlId}\u0000${occasion.unitId}`;
    perControlUnit.set(key, (perControlUnit.get(key) ?? 0) + 1);
  }
  const controls = new Map<string, ControlPoint>(
    plan.riskAreas.flatMap((area) => area.controls.map((control) => [control.id, control] as const)),
  );
  // Closing-date occasions fall due on the closing dates whatever the rule: not candidates.
  const movable = new Map([...perControl].filter(([id]) => controls.get(id)?.frequency.kind !== 'closing'));
  const movers = controlsAddingUpTo(movable, MOVED_DUE_DATES);
  for (const id of movers) {
    const control = controls.get(id)!;
    control.dueRule =
      (control.dueRule ?? { kind: 'periodEnd' }).kind === 'periodEnd'
        ? { kind: 'workingDaysAfterPeriodEnd', days: 15 }
        : { kind: 'periodEnd' };
  }
  // Units leave the other controls, largest share first, until exactly REMOVED_OCCASIONS are gone;
  // every control keeps at least one unit (an empty list would mean the whole organisation).
  let removed = 0;
  const groups = [...perControlUnit]
    .map(([key, count]) => {
      const [controlId, unitId] = key.split('\u0000');
      return { controlId, unitId, count };
    })
    .filter((group) => !movers.includes(group.controlId))
    .sort((a, b) => b.count - a.count || a.controlId.localeCompare(b.controlId));
  for (const { controlId, unitId, count } of groups) {
    const control = controls.get(controlId)!;
    if (removed + count > REMOVED_OCCASIONS || control.unitIds.length < 2) continue;
    if (!control.unitIds.includes(unitId)) continue;
    control.unitIds = control.unitIds.filter((id) => id !== unitId);
    removed += count;
    if (removed === REMOVED_OCCASIONS) break;
  }
  const moved = movers.reduce((sum, id) => sum + (perControl.get(id) ?? 0), 0);
  return { plan, moved, removed };
}

/** The digests bench's plan (120,000 occasions) imported into an empty database: measured for comparison. */
async function importEverywhere(dbName: string, client: MongoClient) {
  const db = client.db(dbName);
  try {
    await ensureIndexes(db);
    const plan = generateLargePlan({ units: 250, controls: 40, monthlyEverywhere: true });
    const content = Buffer.from(await writePlan(plan, 'yaml'));
    resetPeakRss();
    const started = performance.now();
    const outcome = await importPlan(
      { content, fileName: 'every-control-monthly.yaml' },
      {
        plans: new MongoPlanRepository(db),
        occasions: new MongoOccasionRepository(db),
        audit: new MongoAuditLog(db),
      },
      { importedBy: { system: 'cli' }, now: new Date() },
    );
    const ms = Math.round(performance.now() - started);
    if (!outcome.ok || !outcome.applied) throw new Error('The 120,000-occasion plan was not imported.');
    return { occasions: outcome.sync.added, ms, peakMb: ownPeakRssMb() };
  } finally {
    await db.dropDatabase().catch(() => undefined);
  }
}

async function main(): Promise<void> {
  const database = await openBenchDatabase();
  const client = await MongoClient.connect(database.uri);
  const db = client.db(`bench_import_${randomBytes(4).toString('hex')}`);
  try {
    await ensureIndexes(db);
    const ports: PlanImportPorts = {
      plans: new MongoPlanRepository(db),
      occasions: new MongoOccasionRepository(db),
      audit: new MongoAuditLog(db),
    };
    const plan = generateLargePlan({ units: 250, controls: 40 });
    const change = changedPlan(plan);
    if (change.moved !== MOVED_DUE_DATES || change.removed !== REMOVED_OCCASIONS)
      throw new Error(`The changed plan moves ${change.moved} and removes ${change.removed} occasions.`);
    const xlsx = await writePlan(plan, 'xlsx');
    const yaml = Buffer.from(await writePlan(plan, 'yaml'));
    const changedYaml = Buffer.from(await writePlan(change.plan, 'yaml'));
    log(
      `plan: ${plan.units.length} units, ${plan.riskAreas.flatMap((a) => a.controls).length} control points; ` +
        `files: xlsx ${(xlsx.length / 1024).toFixed(0)} KB, yaml ${(yaml.length / 1024).toFixed(0)} KB`,
    );
    const harnessPeakMb = ownPeakRssMb();
    const peakReset = resetPeakRss();

    const timed = async (content: Buffer, fileName: string) => {
      const started = performance.now();
      const outcome = await importPlan({ content, fileName }, ports, {
        importedBy: { system: 'cli' },
        now: new Date(),
      });
      const ms = Math.round(performance.now() - started);
      if (!outcome.ok || !outcome.applied)
        throw new Error(`${fileName} was not imported: ${JSON.stringify(outcome).slice(0, 2000)}`);
      return { ms, sync: outcome.sync };
    };

    const first = await timed(xlsx, 'large-plan.xlsx');
    const stored = await ports.occasions.count({ planId: plan.id });
    log(`first import (xlsx): ${first.ms} ms, ${stored} occasions stored`);

    const same = await timed(yaml, 'large-plan.yaml');
    if (same.sync.unchanged !== stored)
      throw new Error(`Re-import was not a no-op: ${JSON.stringify(same.sync)}`);
    log(`re-import, nothing changed (yaml): ${same.ms} ms`);

    const changed = await timed(changedYaml, 'large-plan.yaml');
    const left = await ports.occasions.count({ planId: plan.id });
    log(
      `re-import moving ${MOVED_DUE_DATES} due dates and removing ${REMOVED_OCCASIONS} occasions (yaml): ` +
        `${changed.ms} ms, sync ${JSON.stringify(changed.sync)}`,
    );
    const botPeakMb = ownPeakRssMb();
    const everywhere = await importEverywhere(db.databaseName + '_everywhere', client);
    log(
      `for comparison, no target: the digests bench's plan (every control monthly in every unit, ` +
        `${everywhere.occasions} occasions): import ${everywhere.ms} ms, peak ${everywhere.peakMb} MB`,
    );
    log(
      JSON.stringify({
        database: database.description,
        units: plan.units.length,
        controlPoints: plan.riskAreas.reduce((sum, area) => sum + area.controls.length, 0),
        occasions: stored,
        occasionsAfterChange: left,
        firstImportMs: first.ms,
        unchangedReimportMs: same.ms,
        changedReimportMs: changed.ms,
        changedReimportSync: changed.sync,
        harnessPeakMbBeforeImports: harnessPeakMb,
        everyControlMonthlyInEveryUnit: {
          ...everywhere,
          note: 'no target: the 120,000-occasion plan of the digests bench imported from yaml into an empty database, after the measured imports; peakMb = this process during that import only',
        },
        note: peakReset
          ? 'bot memory = peak RSS of this process during the three imports (reset after generating the files)'
          : 'bot memory = peak RSS of this process, generating the plan files included (/proc/self/clear_refs not writable)',
        ...verdict(
          [
            atMost(
              'import of 250 units × 40 control points (xlsx, empty database)',
              round1(first.ms / 1000),
              10,
              's',
            ),
            atMost(
              `re-import moving ${MOVED_DUE_DATES} due dates and removing ${REMOVED_OCCASIONS} occasions`,
              round1(changed.ms / 1000),
              5,
              's',
            ),
            exactly('due dates moved by the re-import', changed.sync.updated, MOVED_DUE_DATES, 'occasions'),
            exactly(
              'occasions removed by the re-import',
              changed.sync.removed + changed.sync.retired,
              REMOVED_OCCASIONS,
              'occasions',
            ),
            exactly('occasions left after the re-import', left, stored - REMOVED_OCCASIONS, 'occasions'),
          ],
          {
            botPeakMb,
            botProcess: 'the bench process, running importPlan as `ikbot plan import` does',
            databasePeakMb: database.peakMemoryMb(),
          },
        ),
      }),
    );
  } finally {
    await db.dropDatabase().catch(() => undefined);
    await client.close();
    await database.stop();
  }
}

runBench('planImport', main);
