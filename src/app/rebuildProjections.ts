import type { Db } from 'mongodb';
import type { Logger } from '../logging/createLogger';
import { MongoOccasionProjections } from '../storage/mongo/occasions/views/MongoOccasionProjections';
import { MongoPendingImportRepository } from '../storage/mongo/plans/MongoPendingImportRepository';
import { MongoPlanRepository } from '../storage/mongo/plans/MongoPlanRepository';
import { MongoReportDownloadRepository } from '../storage/mongo/reports/MongoReportDownloadRepository';

export interface RebuildSummary {
  plans: Array<{ planId: string; occasions: number; ms: number }>;
  /** Expired pending imports and report downloads deleted (the full run only). */
  expiredDeleted?: number;
}

/**
 * Recomputes the digest counters and report lines of every stored plan (or only of the plans that
 * have none yet, with `onlyMissing`) from their occasions. Run at start (onlyMissing), every night
 * and by `ikbot projections rebuild`: it repairs a view left behind by a process that stopped
 * between storing a result and updating the views. The full run also deletes expired pending
 * imports and report downloads.
 */
export async function rebuildProjections(
  db: Db,
  logger: Logger,
  options: { onlyMissing?: boolean; planId?: string } = {},
): Promise<RebuildSummary> {
  const projections = new MongoOccasionProjections(db);
  const stored = await new MongoPlanRepository(db).list();
  const planIds = stored
    .map((entry) => entry.plan.id)
    .filter((id) => !options.planId || id === options.planId);
  const summary: RebuildSummary = { plans: [] };
  for (const planId of planIds) {
    if (options.onlyMissing && (await projections.counters.hasCounters(planId))) continue;
    const started = Date.now();
    const occasions = await projections.rebuild(planId);
    summary.plans.push({ planId, occasions, ms: Date.now() - started });
    logger.info({ planId, occasions }, 'Rebuilt the digest counters and report lines of a plan.');
  }
  if (!options.onlyMissing && !options.planId) {
    // MongoDB's TTL indexes delete these within a minute or so of expiry, the embedded database
    // never: the nightly run deletes what is left (readers already treat expired as absent).
    const now = new Date();
    summary.expiredDeleted =
      (await new MongoPendingImportRepository(db).deleteExpired(now)) +
      (await new MongoReportDownloadRepository(db).deleteExpired(now));
  }
  return summary;
}
