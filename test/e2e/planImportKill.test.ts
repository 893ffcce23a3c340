import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Plan } from '../../src/domain/plan/types';
import { occasionKey } from '../../src/domain/schedule/occasionKey';
import { occasionsOf } from '../../src/domain/schedule/occasionsOf';
import { generateLargePlan, writePlan } from '../../src/planFiles';
import { MongoAuditLog } from '../../src/storage/mongo/audit/MongoAuditLog';
import { MongoDigestQueries } from '../../src/storage/mongo/digests/MongoDigestQueries';
import { MongoOccasionRepository } from '../../src/storage/mongo/occasions/MongoOccasionRepository';
import { MongoPlanRepository } from '../../src/storage/mongo/plans/MongoPlanRepository';
import { ensureIndexes } from '../../src/storage/mongo/database/ensureIndexes';
import { applyPlanImport, previewPlanImport } from '../../src/usecases/importPlan';
import { storedResult } from '../support/storedResult';
import { openTestDatabase, type TestDatabase } from '../support/testDatabase';

const root = path.resolve(__dirname, '../..');
/** Kill points per scenario (issue 15: 50 in all, over a new plan's import and a re-import). */
const KILLS = 25;
const at = new Date('2025-01-15T09:00:00Z');

/** The old revision: 30 units × 8 monthly controls (2,880 occasions); invented by generateLargePlan. */
const oldPlan = (): Plan => generateLargePlan({ units: 30, controls: 8, monthlyEverywhere: true });

/** The new revision: two controls gone, one control's due dates moved, a new title. */
function newPlan(): Plan {
  const plan = oldPlan();
  plan.title = `${plan.title} (ny revision)`;
  plan.riskAreas[0].controls = plan.riskAreas[0].controls.slice(2);
  const moved = plan.riskAreas[1].controls[0];
  moved.dueRule = { kind: 'workingDaysAfterPeriodEnd', days: 3 };
  return plan;
}

/** "<occasion id>=<due date>" of every occasion a plan has. */
const expectedOf = (plan: Plan) =>
  occasionsOf(plan)
    .map((occasion) => `${occasionKey(occasion)}=${occasion.dueDate}`)
    .sort();

describe('plan import killed with SIGKILL at random points', () => {
  let database: TestDatabase & { drop(): Promise<void> };
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'ikbot-import-kill-'));
    await writeFile(path.join(dir, 'new.yaml'), await writePlan(newPlan(), 'yaml'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });
  beforeEach(async () => {
    database = await openTestDatabase('import_kill');
    await ensureIndexes(database.db);
  });
  afterEach(async () => {
    await database.drop();
  });

  const ports = () => ({
    plans: new MongoPlanRepository(database.db),
    occasions: new MongoOccasionRepository(database.db),
    audit: new MongoAuditLog(database.db),
  });

  /** Imports `plan` in this process, as the CLI would. */
  async function importHere(plan: Plan): Promise<void> {
    const p = ports();
    await applyPlanImport(await previewPlanImport(plan, [], p), p, {
      importedBy: { system: 'cli' },
      now: at,
    });
  }

  /** Runs `ikbot plan import new.yaml`, killed after `killAfterMs` (or to the end); resolves when it is gone. */
  function importByCli(
    killAfterMs?: number,
    dryRun = false,
  ): Promise<{ code: number | null; output: string }> {
    const args = [
      'bin/ikbot.js',
      'plan',
      'import',
      path.join(dir, 'new.yaml'),
      ...(dryRun ? ['--dry-run'] : []),
    ];
    const child = spawn(process.execPath, args, {
      cwd: root,
      env: { ...process.env, MONGODB_URI: database.uri, MONGODB_DB: database.name, LOG_LEVEL: 'warn' },
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const timer =
      killAfterMs === undefined ? undefined : setTimeout(() => child.kill('SIGKILL'), killAfterMs);
    return new Promise((resolve) =>
      child.once('exit', (code) => {
        clearTimeout(timer);
        resolve({ code, output });
      }),
    );
  }

  /** What a reader sees, following the plan's revision pointer: the plan's title and its occasions. */
  async function visible(planId: string): Promise<{ title?: string; occasions: string[]; counted: number }> {
    const stored = await new MongoPlanRepository(database.db).findById(planId);
    const occasions = (await new MongoOccasionRepository(database.db).find({ planId }, 0)).map(
      (occasion) => `${occasion.id}=${occasion.dueDate}`,
    );
    const rows = await new MongoDigestQueries(database.db).statusCounts(
      { planId, from: '2025-01-01', to: '2026-12-31' },
      ['controlId'],
    );
    return {
      title: stored?.plan.title,
      occasions: occasions.sort(),
      counted: rows.reduce((sum, row) => sum + row.count, 0),
    };
  }

  /** How long an uninterrupted CLI run takes here, a dry run (start-up and parsing) or a real import. */
  async function cliMs(dryRun: boolean): Promise<number> {
    const started = Date.now();
    const { code, output } = await importByCli(undefined, dryRun);
    expect({ code, output }).toMatchObject({ code: 0 });
    return Date.now() - started;
  }

  async function killAtRandomPoints(
    reset: () => Promise<void>,
    before: { title?: string; occasions: string[] },
  ): Promise<{ old: number; new: number }> {
    const after = { title: newPlan().title, occasions: expectedOf(newPlan()) };
    // Kill points from where the writes begin (a dry run's duration: start-up, parsing, the
    // comparison with the stored plan) to a little past the end of a real import.
    const from = await cliMs(true);
    const span = await cliMs(false);
    expect(await visible(newPlan().id)).toMatchObject(after);
    const seen = { old: 0, new: 0 };
    for (let n = 0; n < KILLS; n += 1) {
      await reset();
      const { code } = await importByCli(Math.floor(from + Math.random() * Math.max(0, span * 1.05 - from)));
      const now = await visible(newPlan().id);
      const isNew = now.title === after.title;
      expect({ kill: n, code, ...now }).toEqual({
        kill: n,
        code,
        ...(isNew ? after : before),
        counted: (isNew ? after : before).occasions.length,
      });
      seen[isNew ? 'new' : 'old'] += 1;
    }
    process.stdout.write(`kill points: ${JSON.stringify(seen)} from ${Math.round(from)} to ${span} ms\n`);
    return seen;
  }

  it('leaves exactly the old or the new revision of a re-import, results kept', async () => {
    await importHere(oldPlan());
    const kept = oldPlan().riskAreas[1].controls[1].id;
    const answered = (await ports().occasions.find({ planId: oldPlan().id, controlId: kept }, 3)).map(
      (o) => o.id,
    );
    for (const id of answered) {
      const saved = await ports().occasions.saveResult(
        id,
        0,
        'notApplicable',
        storedResult(
          { kind: 'notApplicable', reason: 'Ingen verksamhet' },
          { aadObjectId: 'a', name: 'A' },
          at,
        ),
        at,
      );
      expect(saved.saved).toBe(true);
    }
    const seen = await killAtRandomPoints(() => importHere(oldPlan()), {
      title: oldPlan().title,
      occasions: expectedOf(oldPlan()),
    });
    expect(seen.old + seen.new).toBe(KILLS);
    for (const id of answered)
      expect(await ports().occasions.findById(id)).toMatchObject({ status: 'notApplicable', version: 1 });
  }, 900_000);

  it('leaves no plan and no occasions, or the whole new plan, when a new plan’s import is killed', async () => {
    const planId = newPlan().id;
    const reset = async () => {
      for (const name of ['plans', 'occasions', 'occasionCounters', 'reportLines', 'audit'])
        await database.db.collection(name).deleteMany({});
    };
    await reset();
    const seen = await killAtRandomPoints(reset, { title: undefined, occasions: [] });
    expect(seen.old + seen.new).toBe(KILLS);
    expect(await database.db.collection('occasions').countDocuments({ planId: { $ne: planId } })).toBe(0);
  }, 900_000);
});
