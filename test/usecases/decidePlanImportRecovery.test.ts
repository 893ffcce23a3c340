import type { Plan } from '../../src/domain/plan/types';
import { generateLargePlan } from '../../src/planFiles';
import { MongoAuditLog } from '../../src/storage/mongo/audit/MongoAuditLog';
import { MongoOccasionRepository } from '../../src/storage/mongo/occasions/MongoOccasionRepository';
import { MongoPendingImportRepository } from '../../src/storage/mongo/plans/MongoPendingImportRepository';
import { MongoPlanRepository } from '../../src/storage/mongo/plans/MongoPlanRepository';
import { ensureIndexes } from '../../src/storage/mongo/database/ensureIndexes';
import { decidePlanImport } from '../../src/usecases/decidePlanImport';
import { openTestDatabase, type TestDatabase } from '../support/testDatabase';
import { admin } from '../support/testUsers';

const now = new Date('2025-01-15T09:00:00Z');
const actor = { aadObjectId: admin.aadObjectId, name: admin.name };

describe('a Teams plan import interrupted by a crash', () => {
  let database: TestDatabase & { drop(): Promise<void> };
  let plan: Plan;
  let ports: {
    plans: MongoPlanRepository;
    occasions: MongoOccasionRepository;
    audit: MongoAuditLog;
    pendingImports: MongoPendingImportRepository;
  };
  beforeEach(async () => {
    database = await openTestDatabase('decide_recovery');
    await ensureIndexes(database.db);
    ports = {
      plans: new MongoPlanRepository(database.db),
      occasions: new MongoOccasionRepository(database.db),
      audit: new MongoAuditLog(database.db),
      pendingImports: new MongoPendingImportRepository(database.db),
    };
    plan = generateLargePlan({ units: 5, controls: 4 });
    await ports.pendingImports.create({
      id: 'pi-1',
      fileName: 'plan.yaml',
      plan,
      warnings: [],
      uploadedBy: actor,
      uploadedAt: now,
      expiresAt: new Date(now.getTime() + 3_600_000),
      state: 'pending',
    });
  });
  afterEach(async () => {
    await database.drop();
  });

  const occasionCount = () => ports.occasions.count({ planId: plan.id });

  it('is completed when Import is pressed again after the state moved but nothing was applied', async () => {
    // The first press moved the state, then the process died.
    expect(await ports.pendingImports.decide('pi-1', actor, 'confirmed', now)).not.toBeNull();
    expect(await ports.plans.findById(plan.id)).toBeNull();

    const again = await decidePlanImport('pi-1', 'confirm', actor, ports, now);
    expect(again).toMatchObject({ kind: 'imported', outcome: { revision: 1 } });
    expect(await occasionCount()).toBeGreaterThan(0);
    expect(await ports.pendingImports.findById('pi-1')).toMatchObject({
      state: 'confirmed',
      appliedRevision: 1,
    });
    // Now it is done: a third press says so and changes nothing.
    expect(await decidePlanImport('pi-1', 'confirm', actor, ports, now)).toMatchObject({
      kind: 'alreadyDecided',
    });
    expect((await ports.plans.findById(plan.id))?.revision).toBe(1);
  });

  it('makes no second revision when the first press had committed the plan before the crash', async () => {
    expect(await ports.pendingImports.decide('pi-1', actor, 'confirmed', now)).not.toBeNull();
    await ports.plans.commit(plan, actor.aadObjectId, now, 'pendingImport:pi-1');

    const again = await decidePlanImport('pi-1', 'confirm', actor, ports, now);
    expect(again).toMatchObject({ kind: 'imported', outcome: { revision: 1 } });
    expect((await ports.plans.findById(plan.id))?.revision).toBe(1);
    expect(await occasionCount()).toBeGreaterThan(0);
    const imported = (await ports.audit.forSubject(plan.id)).filter(
      (entry) => entry.action === 'plan.imported',
    );
    expect(imported).toHaveLength(1);
  });

  it('imports once when Import is pressed twice at the same moment after a crash', async () => {
    expect(await ports.pendingImports.decide('pi-1', actor, 'confirmed', now)).not.toBeNull();
    const outcomes = await Promise.all([
      decidePlanImport('pi-1', 'confirm', actor, ports, now),
      decidePlanImport('pi-1', 'confirm', actor, ports, now),
    ]);
    // The second press may see the import already applied by the first.
    const kinds = outcomes.map((outcome) => outcome.kind).sort();
    expect([
      ['imported', 'imported'],
      ['alreadyDecided', 'imported'],
    ]).toContainEqual(kinds);
    expect((await ports.plans.findById(plan.id))?.revision).toBe(1);
  });
});
