import type { OccasionPartRepository } from '../domain/ports/OccasionPartRepository';
import type { ActionRepository } from '../domain/ports/ActionRepository';
import type { AuditLog } from '../domain/ports/AuditLog';
import type { OccasionRepository } from '../domain/ports/OccasionRepository';
import type { PlanRepository } from '../domain/ports/PlanRepository';

/** The storage a result use case works on. */
export interface ResultPorts {
  plans: PlanRepository;
  occasions: OccasionRepository;
  audit: AuditLog;
  actions: ActionRepository;
  /** Per-role answers of `answer: each` controls; absent = every control is answered as a whole. */
  parts?: OccasionPartRepository;
}
