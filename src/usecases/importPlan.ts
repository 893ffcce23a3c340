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
}

/**
 * Validates a plan file and, unless it is a dry run, stores it with its occasions. A file with
 * errors writes nothing. The writes are idempotent and ordered so that a re-run after a crash
 * completes the import: occasions first (unique keys, results kept), then the plan, then the audit
 * entry.
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

/** Stores a validated plan: syncs its occasions, saves the plan and appends 'plan.imported'. */
export async function applyPlanImport(
  preview: PlanImportPreview,
  ports: PlanImportPorts,
  options: Omit<ImportPlanOptions, 'dryRun'>,
): Promise<AppliedPlanImport> {
  const { plan } = preview;
  const riskAreaOfControl = new Map<string, string>();
  for (const area of plan.riskAreas)
    for (const control of area.controls) riskAreaOfControl.set(control.id, area.id);
  const sync = await ports.occasions.sync(
    plan.id,
    occasionsOf(plan),
    (controlId) => riskAreaOfControl.get(controlId) ?? '',
    options.now,
  );
  const importedBy =
    'system' in options.importedBy ? options.importedBy.system : options.importedBy.aadObjectId;
  const stored = await ports.plans.save(plan, importedBy, options.now);
  await ports.audit.append({
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
  });
  return { ok: true, applied: true, ...preview, revision: stored.revision, sync };
}
