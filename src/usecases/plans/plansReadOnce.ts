import type { PlanRepository, StoredPlan } from '../../domain/ports/PlanRepository';

/**
 * The plans as one turn (one request) sees them: the first read lists every plan, and later reads
 * in the same turn (a plan by id, a year's plans, the list again) are answered from that list, so a
 * turn costs one database read for plans however many use cases ask, and sees one state of them.
 * A write (an import's commit, a save, marking a revision synced) forgets the list; so does a
 * failed read, so that the next one asks the database again. Make one per turn, never share it.
 */
export function plansReadOnce(plans: PlanRepository): PlanRepository {
  let all: Promise<StoredPlan[]> | undefined;
  const list = (): Promise<StoredPlan[]> => {
    all ??= plans.list().catch((error: unknown) => {
      all = undefined;
      throw error;
    });
    return all;
  };
  const forget = <T>(write: Promise<T>): Promise<T> => {
    all = undefined;
    return write.finally(() => {
      all = undefined;
    });
  };
  return {
    save: (plan, importedBy, at) => forget(plans.save(plan, importedBy, at)),
    commit: (plan, importedBy, at, importKey) => forget(plans.commit(plan, importedBy, at, importKey)),
    markSynced: (planId, revision) => forget(plans.markSynced(planId, revision)),
    list,
    findById: async (planId) =>
      all ? ((await list()).find((stored) => stored.plan.id === planId) ?? null) : plans.findById(planId),
    findByYear: async (year) =>
      all ? (await list()).filter((stored) => stored.plan.year === year) : plans.findByYear(year),
  };
}
