import { planChangesOf, type PlanChanges } from '../domain/plan/planChangesOf';
import type { Plan } from '../domain/plan/types';
import type { AuditLog } from '../domain/ports/AuditLog';
import type { OccasionRepository, OccasionSyncSummary } from '../domain/ports/OccasionRepository';
import type { PeopleDirectory } from '../domain/ports/PeopleDirectory';
import type { PlanRepository } from '../domain/ports/PlanRepository';
import { occasionsOf } from '../domain/schedule/occasionsOf';
import { occasionsPerMonth } from '../domain/schedule/occasionsPerMonth';
import type { PlanFileIssue } from '../planFiles';
import { parsePlanInWorker } from '../planFiles/parsePlanInWorker';
import { withResolvedPeople } from './people/withResolvedPeople';

export interface PlanImportPorts {
  plans: PlanRepository;
  occasions: OccasionRepository;
  audit: AuditLog;
  /** Microsoft Graph; undefined = not configured (people given only by e-mail are refused). */
  directory?: PeopleDirectory;
}

/** Who imports: a person in Teams, or the command line. */
export type ImportedBy = { aadObjectId: string; name: string } | { system: 'cli' };

export interface PlanImportPreview {
  plan: Plan;
  warnings: PlanFileIssue[];
  /** Control points added, removed and modified compared with the stored plan of the same id. */
  changes: PlanChanges;
  occasionCount: number;
  /** Occasions per month of the plan year (by the month their period ends), January first. */
  occasionsPerMonth: number[];
}

export type AppliedPlanImport = {
  ok: true;
  applied: true;
  revision: number;
  sync: OccasionSyncSummary;
} & PlanImportPreview;

export type PlanImportOutcome =
  | { ok: false; errors: PlanFileIssue[]; warnings: PlanFileIssue[] }
  | ({ ok: true; applied: false } & PlanImportPreview)
  | AppliedPlanImport;

export interface ImportPlanOptions {
  dryRun?: boolean;
  importedBy: ImportedBy;
  now: Date;
  fileName?: string;
  /** Identifies one import (e.g. a pending Teams import): applying it again makes no new revision. */
  importKey?: string;
}

/**
 * Validates a plan file and, unless it is a dry run, stores it with its occasions. A file with
 * errors writes nothing. Applies completely or not at all, also under kill -9: see applyPlanImport.
 */
export async function importPlan(
  file: { content: Buffer; fileName: string },
  ports: PlanImportPorts,
  options: ImportPlanOptions,
): Promise<PlanImportOutcome> {
  const read = await parsePlanInWorker(file.content, file.fileName);
  if (!read.ok) return read;
  const parsed = await withResolvedPeople(read, file, ports.directory);
  if (!parsed.ok) return parsed;
  const preview = await previewPlanImport(parsed.plan, parsed.warnings, ports);
  if (options.dryRun) return { ok: true, applied: false, ...preview };
  return applyPlanImport(preview, ports, { ...options, fileName: options.fileName ?? file.fileName });
}

/** What importing `plan` would do, compared with what is stored; writes nothing. */
export async function previewPlanImport(
  plan: Plan,
  warnings: PlanFileIssue[],
  ports: Pick<PlanImportPorts, 'plans'>,
): Promise<PlanImportPreview> {
  const stored = await ports.plans.findById(plan.id);
  const occasions = occasionsOf(plan);
  return {
    plan,
    warnings,
    changes: planChangesOf(stored?.plan, plan),
    occasionCount: occasions.length,
    occasionsPerMonth: occasionsPerMonth(occasions, plan.year),
  };
}

/**
 * Stores a validated plan without multi-document transactions: the plan's new revision is committed
 * in one single-document update (before it, nothing of the import is visible), then the occasions
 * are synced to it (added, moved, removed: the old revision cleaned up), the import audited and the
 * revision marked synced. If the process stops after the commit, the next reader of the plan
 * completes the sync before answering (PlanRepository.commit), so the old or the new revision is
 * seen, never a mix.
 */
export async function applyPlanImport(
  preview: PlanImportPreview,
  ports: PlanImportPorts,
  options: Omit<ImportPlanOptions, 'dryRun'>,
): Promise<AppliedPlanImport> {
  const importedBy =
    'system' in options.importedBy ? options.importedBy.system : options.importedBy.aadObjectId;
  const stored = await ports.plans.commit(preview.plan, importedBy, options.now, options.importKey);
  // The committed plan: this one, or, when this import was committed before, the current one.
  const plan = stored.plan;
  const riskAreaOfControl = new Map<string, string>();
  for (const area of plan.riskAreas)
    for (const control of area.controls) riskAreaOfControl.set(control.id, area.id);
  const sync = await ports.occasions.sync(
    plan.id,
    occasionsOf(plan),
    (controlId) => riskAreaOfControl.get(controlId) ?? '',
    options.now,
  );
  await ports.audit.append(
    {
      at: options.now,
      actor: options.importedBy,
      action: 'plan.imported',
      subject: plan.id,
      details: {
        revision: stored.revision,
        year: plan.year,
        fileName: options.fileName,
        changes: preview.changes,
        occasions: sync,
        warnings: preview.warnings.length,
      },
    },
    `${plan.id}#r${stored.revision}#imported`,
  );
  await ports.plans.markSynced(plan.id, stored.revision);
  return { ok: true, applied: true, ...preview, revision: stored.revision, sync };
}
