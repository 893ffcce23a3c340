import type { Plan } from '../plan/types';

export interface StoredPlan {
  plan: Plan;
  /** Increases by one with every import of the same plan id. */
  revision: number;
  importedAt: Date;
  /** Entra ID object id or "cli" for imports from the command line. */
  importedBy: string;
}

export interface PlanRepository {
  /**
   * Replaces the plan with the same id (one atomic single-document write) and returns the new
   * revision, for a caller that has already synced the occasions (tests, benchmarks, tools).
   */
  save(plan: Plan, importedBy: string, at: Date): Promise<StoredPlan>;
  /**
   * The commit point of an import: makes `plan` the current revision in one single-document update,
   * marked as not yet synced. The caller then syncs the occasions of the returned plan and calls
   * markSynced; a reader that finds a committed revision not synced (the importer stopped) completes
   * the sync itself before answering, so readers see the old revision or the new one, never a mix.
   * With an importKey, committing the same import again is no new revision: the current stored
   * plan is returned (it may be a later import's), and syncing it is harmless.
   */
  commit(plan: Plan, importedBy: string, at: Date, importKey?: string): Promise<StoredPlan>;
  /** Marks the revision's occasions synced (after OccasionRepository.sync of that revision). */
  markSynced(planId: string, revision: number): Promise<void>;
  findById(planId: string): Promise<StoredPlan | null>;
  /** Every plan of a year (an organisation may keep several, e.g. one per committee). */
  findByYear(year: number): Promise<StoredPlan[]>;
  /** All plans, newest year first. */
  list(): Promise<StoredPlan[]>;
}
