import type { Db } from 'mongodb';
import type { Plan } from '../../src/domain/plan/types';
import { writePlan } from '../../src/planFiles';
import { ensureIndexes } from '../../src/storage/mongo/database/ensureIndexes';
import { MongoAuditLog } from '../../src/storage/mongo/audit/MongoAuditLog';
import { MongoOccasionRepository } from '../../src/storage/mongo/occasions/MongoOccasionRepository';
import { MongoPlanRepository } from '../../src/storage/mongo/plans/MongoPlanRepository';
import { importPlan } from '../../src/usecases/importPlan';

/** Imports a generated plan as `ikbot plan import` would (indexes first); returns the occasions stored. */
export async function importBenchPlan(db: Db, plan: Plan): Promise<number> {
  await ensureIndexes(db);
  const imported = await importPlan(
    { content: Buffer.from(await writePlan(plan, 'yaml')), fileName: 'bench-plan.yaml' },
    {
      plans: new MongoPlanRepository(db),
      occasions: new MongoOccasionRepository(db),
      audit: new MongoAuditLog(db),
    },
    { importedBy: { system: 'cli' }, now: new Date() },
  );
  if (!imported.ok || !imported.applied) throw new Error('The bench plan was not imported.');
  return imported.sync.added;
}
