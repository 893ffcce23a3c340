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
  /** Replaces the plan with the same id (one atomic single-document write) and returns the new revision. */
  save(plan: Plan, importedBy: string, at: Date): Promise<StoredPlan>;
  findById(planId: string): Promise<StoredPlan | null>;
  /** Every plan of a year (an organisation may keep several, e.g. one per committee). */
  findByYear(year: number): Promise<StoredPlan[]>;
  /** All plans, newest year first. */
  list(): Promise<StoredPlan[]>;
}
