import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Plan } from '../../src/domain/plan/types';
import type { StoredResult } from '../../src/domain/ports/OccasionRepository';
import { occasionsOf } from '../../src/domain/schedule/occasionsOf';
import { parsePlanFile, writePlan } from '../../src/planFiles';
import { MongoAuditLog } from '../../src/storage/mongo/audit/MongoAuditLog';
import { MongoOccasionRepository } from '../../src/storage/mongo/occasions/MongoOccasionRepository';
import { MongoPlanRepository } from '../../src/storage/mongo/plans/MongoPlanRepository';
import { ensureIndexes } from '../../src/storage/mongo/database/ensureIndexes';
import { importPlan, type PlanImportPorts } from '../../src/usecases/importPlan';
import { openTestDatabase, type TestDatabase } from '../support/testDatabase';

const fixtures = path.resolve(__dirname, '../fixtures/plans');
const cli = { system: 'cli' } as const;
const at = new Date('2025-01-15T09:00:00Z');

async function file(name: string): Promise<{ content: Buffer; fileName: string }> {
  return { content: await readFile(path.join(fixtures, name)), fileName: name };
}

async function fixturePlan(name: string): Promise<Plan> {
  const parsed = await parsePlanFile(path.join(fixtures, name));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return parsed.plan;
}

function yamlFile(plan: Plan, fileName = 'changed.yaml'): Promise<{ content: Buffer; fileName: string }> {
  return writePlan(plan, 'yaml').then((text) => ({ content: Buffer.from(text), fileName }));
}

const result: StoredResult = {
  result: {
    kind: 'performed',
    performedOn: '2025-06-20',
    answers: [],
    assessment: 'delvis_godkand',
    deviations: 2,
    comment: 'Loggkontroll gjord för halva perioden',
  },
  version: 1,
  submittedBy: { aadObjectId: 'b2222222-3c4d-4e5f-9a71-8b9c0d1e2f30', name: 'Erik Olsson' },
  submittedAt: at,
  firstSubmittedBy: { aadObjectId: 'b2222222-3c4d-4e5f-9a71-8b9c0d1e2f30', name: 'Erik Olsson' },
  firstSubmittedAt: at,
};

describe('importPlan on the real database', () => {
  let database: TestDatabase & { drop(): Promise<void> };
  let ports: PlanImportPorts & { occasions: MongoOccasionRepository };

  beforeEach(async () => {
    database = await openTestDatabase('planImport');
    await ensureIndexes(database.db);
    ports = {
      plans: new MongoPlanRepository(database.db),
      occasions: new MongoOccasionRepository(database.db),
      audit: new MongoAuditLog(database.db),
    };
  });
  afterEach(async () => {
    await database.drop();
  });

  it('stores the Vaggeryd plan and its 18 occasions, and exports it back exactly as the fixture', async () => {
    const outcome = await importPlan(await file('vaggeryd-2025.yaml'), ports, { importedBy: cli, now: at });
    if (!outcome.ok || !outcome.applied) throw new Error(JSON.stringify(outcome));
    expect(outcome.revision).toBe(1);
    expect(outcome.sync).toMatchObject({ added: 18, updated: 0, removed: 0, retired: 0 });
    expect(outcome.changes).toMatchObject({ replacesStoredPlan: false, removed: [], modified: [] });
    expect(outcome.changes.added).toHaveLength(7);
    expect(await ports.occasions.count({ planId: 'VAG-SOF-2025' })).toBe(18);
    const stored = await ports.plans.findById('VAG-SOF-2025');
    const fixture = await fixturePlan('vaggeryd-2025.yaml');
    expect(await writePlan(stored!.plan, 'yaml')).toBe(await writePlan(fixture, 'yaml'));
    const audit = await ports.audit.forSubject('VAG-SOF-2025');
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: 'plan.imported', actor: cli, details: { revision: 1 } });
  });

  it('is idempotent: importing the same file again adds nothing and reports no change', async () => {
    await importPlan(await file('vaggeryd-2025.yaml'), ports, { importedBy: cli, now: at });
    const again = await importPlan(await file('vaggeryd-2025.xlsx'), ports, { importedBy: cli, now: at });
    if (!again.ok || !again.applied) throw new Error(JSON.stringify(again));
    expect(again.sync).toEqual({ added: 0, updated: 0, removed: 0, retired: 0, unchanged: 18 });
    expect(again.changes).toMatchObject({ added: [], removed: [], modified: [], unchanged: 7 });
    expect(again.revision).toBe(2);
    expect(await ports.occasions.count({ planId: 'VAG-SOF-2025', includeRetired: true })).toBe(18);
  });

  it('writes nothing on a dry run, but reports what the import would do', async () => {
    const outcome = await importPlan(await file('alingsas-2023.yaml'), ports, {
      importedBy: cli,
      now: at,
      dryRun: true,
    });
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.errors));
    expect(outcome.applied).toBe(false);
    expect(outcome.occasionCount).toBe(56);
    expect(outcome.occasionsPerMonth.reduce((a, b) => a + b, 0)).toBe(56);
    expect(await ports.plans.list()).toEqual([]);
    expect(await ports.occasions.count({ includeRetired: true })).toBe(0);
    expect(await ports.audit.forSubject('ALI-VON-2023')).toEqual([]);
  });

  it('refuses broken.yaml with every mistake and leaves the database unchanged', async () => {
    await importPlan(await file('vaggeryd-2025.yaml'), ports, { importedBy: cli, now: at });
    const outcome = await importPlan(await file('broken.yaml'), ports, { importedBy: cli, now: at });
    if (outcome.ok) throw new Error('broken.yaml was accepted');
    const text = outcome.errors.map((error) => `${error.path}: ${error.en}`).join('\n');
    expect(text).toMatch(/probability/);
    expect(text).toMatch(/hygiensamordnare/);
    expect(text).toMatch(/13/);
    expect(text).toMatch(/title/);
    expect(text).toMatch(/R1-K1/);
    expect(outcome.errors.length).toBeGreaterThanOrEqual(5);
    expect((await ports.plans.list()).map((stored) => stored.plan.id)).toEqual(['VAG-SOF-2025']);
    expect(await ports.plans.findById('TEST-BROKEN-2025')).toBeNull();
    expect(await ports.occasions.count({ includeRetired: true })).toBe(18);
  });

  it('re-importing a changed plan keeps occasions with results and reports what changed', async () => {
    await importPlan(await file('vaggeryd-2025.yaml'), ports, { importedBy: cli, now: at });
    const logCheck = 'VAG-SOF-2025/VAG25-R2-K1/ifo-myndighet/2025-06';
    const saved = await ports.occasions.saveResult(logCheck, 0, 'answered', result, at);
    expect(saved.saved).toBe(true);

    const changed = await fixturePlan('vaggeryd-2025.yaml');
    // Remove the log check, change the alarm test to quarterly, add a new control.
    const logArea = changed.riskAreas.find((area) => area.id === 'VAG25-R2')!;
    const removedControl = logArea.controls.pop()!;
    changed.riskAreas.find((area) => area.id === 'VAG25-R3')!.controls[0].frequency = { kind: 'quarterly' };
    logArea.controls.push({
      ...removedControl,
      id: 'VAG25-R2-K2',
      title: 'Ny loggkontroll',
      unitIds: ['ifo'],
    });

    const outcome = await importPlan(await yamlFile(changed), ports, { importedBy: cli, now: at });
    if (!outcome.ok || !outcome.applied) throw new Error(JSON.stringify(outcome));
    expect(outcome.changes).toMatchObject({
      replacesStoredPlan: true,
      added: ['VAG25-R2-K2'],
      removed: ['VAG25-R2-K1'],
      modified: ['VAG25-R3-K1'],
      unchanged: 5,
    });
    // 8 log checks left the plan: 7 without a result are deleted, the answered one is retired.
    // The alarm test went from H1/H2 to Q1–Q4: 2 deleted, 4 added; the new control adds 2.
    expect(outcome.sync).toMatchObject({ added: 6, removed: 9, retired: 1 });
    const kept = await ports.occasions.findById(logCheck);
    expect(kept).toMatchObject({ retired: true, status: 'answered', version: 1 });
    expect(kept?.result?.result).toEqual(result.result);
    expect(await ports.occasions.count({ planId: 'VAG-SOF-2025' })).toBe(occasionsOf(changed).length);
    expect(await ports.occasions.count({ planId: 'VAG-SOF-2025', includeRetired: true })).toBe(
      occasionsOf(changed).length + 1,
    );

    // Putting the control back brings the answered occasion back into the plan, result intact.
    const restored = await importPlan(await file('vaggeryd-2025.yaml'), ports, { importedBy: cli, now: at });
    if (!restored.ok || !restored.applied) throw new Error(JSON.stringify(restored));
    expect(await ports.occasions.findById(logCheck)).toMatchObject({ retired: false, version: 1 });
    expect(await ports.occasions.count({ planId: 'VAG-SOF-2025', includeRetired: true })).toBe(18);
  });

  it('moves due dates of unanswered and answered occasions alike when the due rule changes', async () => {
    await importPlan(await file('vaggeryd-2025.yaml'), ports, { importedBy: cli, now: at });
    const id = 'VAG-SOF-2025/VAG25-R2-K1/ifo-utforare/2025-06';
    await ports.occasions.saveResult(id, 0, 'answered', result, at);
    const changed = await fixturePlan('vaggeryd-2025.yaml');
    changed.riskAreas.find((area) => area.id === 'VAG25-R2')!.controls[0].dueRule = { kind: 'periodEnd' };
    const outcome = await importPlan(await yamlFile(changed), ports, { importedBy: cli, now: at });
    if (!outcome.ok || !outcome.applied) throw new Error(JSON.stringify(outcome));
    expect(outcome.sync).toMatchObject({ added: 0, updated: 8, removed: 0, retired: 0, unchanged: 10 });
    expect(await ports.occasions.findById(id)).toMatchObject({ dueDate: '2025-06-30', version: 1 });
    expect((await ports.occasions.findById(id))?.result?.result).toEqual(result.result);
    // 31 December is nyårsafton, not a working day: the last working day of the period is the 30th.
    expect(await ports.occasions.findById('VAG-SOF-2025/VAG25-R2-K1/fo-utforare/2025-12')).toMatchObject({
      dueDate: '2025-12-30',
      version: 0,
    });
  });

  it('completes an import that crashed after the occasions were written', async () => {
    const plan = await fixturePlan('alingsas-2023.yaml');
    // The first run wrote the occasions and died before saving the plan.
    await ports.occasions.sync(plan.id, occasionsOf(plan), () => 'x', at);
    const outcome = await importPlan(await file('alingsas-2023.yaml'), ports, { importedBy: cli, now: at });
    if (!outcome.ok || !outcome.applied) throw new Error(JSON.stringify(outcome));
    expect(outcome.revision).toBe(1);
    expect(outcome.sync.added).toBe(0);
    expect(await ports.occasions.count({ planId: plan.id })).toBe(56);
    // The risk area ids the crashed run got wrong are corrected.
    expect(
      (await ports.occasions.find({ planId: plan.id })).every((o) => o.riskAreaId.startsWith('ALI23-A')),
    ).toBe(true);
  });

  it('two imports of the same plan at the same moment store each occasion once', async () => {
    const plan = await fixturePlan('alingsas-2023.yaml');
    const occasions = occasionsOf(plan);
    await Promise.all([
      ports.occasions.sync(plan.id, occasions, () => 'A', at),
      ports.occasions.sync(plan.id, occasions, () => 'A', at),
    ]);
    expect(await ports.occasions.count({ planId: plan.id, includeRetired: true })).toBe(56);
  });
});
