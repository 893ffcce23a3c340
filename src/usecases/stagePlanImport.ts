import { randomUUID } from 'node:crypto';
import type { Actor } from '../domain/ports/OccasionRepository';
import type { PendingImport, PendingImportRepository } from '../domain/ports/PendingImportRepository';
import type { PeopleDirectory } from '../domain/ports/PeopleDirectory';
import type { PlanRepository } from '../domain/ports/PlanRepository';
import type { PlanFileIssue } from '../planFiles';
import { previewPlanImport, type PlanImportPreview } from './importPlan';
import { parsePlanInWorker } from '../planFiles/parsePlanInWorker';
import { withResolvedPeople } from './people/withResolvedPeople';

/** How long a validated plan file waits for Confirm before it is deleted. */
export const PENDING_IMPORT_LIFETIME_MS = 24 * 60 * 60 * 1000;

export type StagePlanImportOutcome =
  | { ok: false; errors: PlanFileIssue[]; warnings: PlanFileIssue[] }
  | { ok: true; pending: PendingImport; preview: PlanImportPreview };

/**
 * Validates a plan file sent in Teams and keeps it as a pending import for its sender to confirm;
 * nothing in the plan or its occasions changes until then. Expired pending imports are deleted.
 */
export async function stagePlanImport(
  file: { content: Buffer; fileName: string },
  ports: { plans: PlanRepository; pendingImports: PendingImportRepository; directory?: PeopleDirectory },
  options: { uploadedBy: Actor; now: Date },
): Promise<StagePlanImportOutcome> {
  await ports.pendingImports.deleteExpired(options.now);
  const read = await parsePlanInWorker(file.content, file.fileName);
  if (!read.ok) return read;
  const parsed = await withResolvedPeople(read, file, ports.directory);
  if (!parsed.ok) return parsed;
  const preview = await previewPlanImport(parsed.plan, parsed.warnings, ports);
  const pending: PendingImport = {
    id: randomUUID(),
    fileName: file.fileName,
    plan: parsed.plan,
    warnings: parsed.warnings.map(({ sv, en }) => ({ sv, en })),
    uploadedBy: options.uploadedBy,
    uploadedAt: options.now,
    expiresAt: new Date(options.now.getTime() + PENDING_IMPORT_LIFETIME_MS),
    state: 'pending',
  };
  await ports.pendingImports.create(pending);
  return { ok: true, pending, preview };
}
