import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import path from 'node:path';
import type { Plan } from '../../src/domain/plan/types';
import { occasionKey } from '../../src/domain/schedule/occasionKey';
import { occasionsOf } from '../../src/domain/schedule/occasionsOf';
import { generateLargePlan, writePlan } from '../../src/planFiles';
import { MongoAuditLog } from '../../src/storage/mongo/audit/MongoAuditLog';
import { ensureIndexes } from '../../src/storage/mongo/database/ensureIndexes';
import { MongoOccasionRepository } from '../../src/storage/mongo/occasions/MongoOccasionRepository';
import { MongoPlanRepository } from '../../src/storage/mongo/plans/MongoPlanRepository';
import { applyPlanImport, previewPlanImport } from '../../src/usecases/importPlan';
import { teamsActivities } from '../support/activities';
import { startFakeConnector, type FakeConnector } from '../support/fakeConnector';
import { freePort } from '../support/freePort';
import { postActivity } from '../support/postActivity';
import { openTestDatabase, type TestDatabase } from '../support/testDatabase';
import { admin, testTenant } from '../support/testUsers';

const root = path.resolve(__dirname, '../..');
/** Kill points of a Teams import (the CLI's 50 are in planImportKill.test.ts). */
const KILLS = 10;
const CARD = 'application/vnd.microsoft.card.adaptive';
const at = new Date('2025-01-15T09:00:00Z');

/** Invented by generateLargePlan: 20 units × 8 monthly controls; the new revision drops two controls and moves one. */
const oldPlan = (): Plan => generateLargePlan({ units: 20, controls: 8, monthlyEverywhere: true });
function newPlan(): Plan {
  const plan = oldPlan();
  plan.title = `${plan.title} (ny revision)`;
  plan.riskAreas[0].controls = plan.riskAreas[0].controls.slice(2);
  plan.riskAreas[1].controls[0].dueRule = { kind: 'workingDaysAfterPeriodEnd', days: 3 };
  return plan;
}
const expectedOf = (plan: Plan) =>
  occasionsOf(plan)
    .map((occasion) => `${occasionKey(occasion)}=${occasion.dueDate}`)
    .sort();

interface Bot {
  child: ChildProcessWithoutNullStreams;
  url: string;
  output: () => string;
  exited: Promise<number | null>;
}

describe('a plan import in Teams whose bot process is killed with SIGKILL', () => {
  let database: TestDatabase & { drop(): Promise<void> };
  let connector: FakeConnector;
  let bot: Bot | undefined;

  afterAll(async () => {
    bot?.child.kill('SIGKILL');
    await bot?.exited;
    await connector?.close();
    await database?.drop();
  }, 60_000);

  async function startBot(): Promise<Bot> {
    const port = await freePort();
    const child = spawn(process.execPath, ['--no-deprecation', '--import', 'tsx', 'src/main.ts'], {
      cwd: root,
      env: {
        ...process.env,
        PORT: String(port),
        MONGODB_URI: database.uri,
        MONGODB_DB: database.name,
        IKBOT_SCHEDULER: 'off',
        IKBOT_ADMINS: admin.aadObjectId,
        IKBOT_ALLOWED_TENANTS: testTenant.id,
        IKBOT_SERVICE_URL: connector.url,
        LOG_LEVEL: 'warn',
      },
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    const url = `http://127.0.0.1:${port}`;
    for (let attempt = 0; attempt < 600; attempt += 1) {
      if (child.exitCode !== null) throw new Error(`The bot exited at start: ${output}`);
      if (
        await fetch(`${url}/healthz`).then(
          (r) => r.ok,
          () => false,
        )
      )
        return { child, url, output: () => output, exited };
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    child.kill('SIGKILL');
    throw new Error(`The bot did not answer /healthz: ${output}`);
  }

  const ports = () => ({
    plans: new MongoPlanRepository(database.db),
    occasions: new MongoOccasionRepository(database.db),
    audit: new MongoAuditLog(database.db),
  });

  async function visible(): Promise<{ title?: string; occasions: string[] }> {
    const stored = await new MongoPlanRepository(database.db).findById(oldPlan().id);
    const occasions = (await new MongoOccasionRepository(database.db).find({ planId: oldPlan().id }, 0))
      .map((occasion) => `${occasion.id}=${occasion.dueDate}`)
      .sort();
    return { title: stored?.plan.title, occasions };
  }

  /** Sends the new revision as a file and returns the id of the pending import on the summary card. */
  async function stage(activities: ReturnType<typeof teamsActivities>, n: number): Promise<string> {
    const name = `plan-${n}.yaml`;
    const served = connector.serveFile(name, await writePlan(newPlan(), 'yaml'));
    const before = connector.sent().length;
    const response = await postActivity(
      bot!.url,
      activities.fileMessage({ user: admin, file: { name, ...served } }),
      { timeoutMs: 120_000 },
    );
    expect(response.status).toBe(200);
    const reply = connector.sent().slice(before).pop()?.activity;
    const card = reply?.attachments?.find((attachment) => attachment.contentType === CARD)?.content as {
      actions?: Array<{ verb?: string; data?: { importId?: string } }>;
    };
    const importId = card?.actions?.find((action) => action.verb === 'confirmImport')?.data?.importId;
    if (!importId) throw new Error(`No import card: ${JSON.stringify(reply)} ${bot!.output()}`);
    return importId;
  }

  const confirm = (activities: ReturnType<typeof teamsActivities>, importId: string) =>
    postActivity(
      bot!.url,
      activities.adaptiveCardAction({ user: admin, verb: 'confirmImport', data: { importId } }),
      { timeoutMs: 120_000 },
    );

  it('leaves the old or the new revision, and Import pressed again completes it with one revision', async () => {
    database = await openTestDatabase('import_kill_teams');
    await ensureIndexes(database.db);
    connector = await startFakeConnector();
    const activities = teamsActivities(connector.url);
    const before = { title: oldPlan().title, occasions: expectedOf(oldPlan()) };
    const after = { title: newPlan().title, occasions: expectedOf(newPlan()) };
    const resetToOld = async () => {
      const p = ports();
      await applyPlanImport(await previewPlanImport(oldPlan(), [], p), p, {
        importedBy: { system: 'cli' },
        now: at,
      });
      expect(await visible()).toEqual(before);
    };

    bot = await startBot();
    // An uncut import: how long the Import click takes here, the range of the kill points.
    await resetToOld();
    const started = Date.now();
    expect((await confirm(activities, await stage(activities, 0))).status).toBe(200);
    const span = Date.now() - started;
    expect(await visible()).toEqual(after);

    const seen = { old: 0, new: 0 };
    for (let n = 1; n <= KILLS; n += 1) {
      await resetToOld();
      const importId = await stage(activities, n);
      const revision = (await ports().plans.findById(oldPlan().id))!.revision;
      const click = confirm(activities, importId).catch(() => undefined);
      // Skewed towards the start of the click, where the state moves and the revision is committed.
      await new Promise((resolve) => setTimeout(resolve, Math.random() ** 3 * span * 1.05));
      bot.child.kill('SIGKILL');
      await bot.exited;
      await click;
      const now = await visible();
      expect({ kill: n, ...now }).toEqual({ kill: n, ...(now.title === after.title ? after : before) });
      seen[now.title === after.title ? 'new' : 'old'] += 1;

      // The administrator presses Import again in the restarted bot: done, once.
      bot = await startBot();
      const again = await confirm(activities, importId);
      expect(again.status).toBe(200);
      expect(JSON.stringify(again.body)).toMatch(/Importerad av Sara Nilsson/);
      expect(await visible()).toEqual(after);
      expect((await ports().plans.findById(oldPlan().id))?.revision).toBe(revision + 1);
      expect(
        await database.db.collection('pendingImports').findOne({ _id: importId as never }),
      ).toMatchObject({
        state: 'confirmed',
        appliedRevision: revision + 1,
      });
    }
    process.stdout.write(`Teams kill points: ${JSON.stringify(seen)} within ${span} ms\n`);
    expect(seen.old + seen.new).toBe(KILLS);
  }, 900_000);
});
