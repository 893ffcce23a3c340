import type { Actor } from '../domain/ports/OccasionRepository';
import type { PendingImport, PendingImportRepository } from '../domain/ports/PendingImportRepository';
import {
  applyPlanImport,
  previewPlanImport,
  type AppliedPlanImport,
  type PlanImportPorts,
} from './importPlan';

export type DecidePlanImportOutcome =
  /** Expired and deleted, or never existed. */
  | { kind: 'gone' }
  /** Someone other than the uploader clicked. */
  | { kind: 'notYours'; pending: PendingImport }
  /** Confirmed or cancelled before (e.g. a second click): nothing more is done. */
  | { kind: 'alreadyDecided'; pending: PendingImport }
  | { kind: 'cancelled'; pending: PendingImport }
  | { kind: 'imported'; pending: PendingImport; outcome: AppliedPlanImport };

/**
 * Confirms or cancels a pending plan import. Only its uploader may decide, and only once: the
 * state moves with one atomic update, so two clicks on Confirm import the plan once. When the
 * import itself fails, the pending import is reopened so that Confirm can be pressed again.
 */
export async function decidePlanImport(
  id: string,
  decision: 'confirm' | 'cancel',
  actor: Actor,
  ports: PlanImportPorts & { pendingImports: PendingImportRepository },
  now: Date,
): Promise<DecidePlanImportOutcome> {
  const found = await ports.pendingImports.findById(id);
  if (!found || found.expiresAt.getTime() <= now.getTime()) return { kind: 'gone' };
  if (found.uploadedBy.aadObjectId !== actor.aadObjectId) return { kind: 'notYours', pending: found };
  // Confirmed, but the process stopped before the import was applied: Import again completes it
  // (applying one pending import twice makes one revision, see the importKey).
  const interrupted = found.state === 'confirmed' && found.appliedRevision === undefined;
  if (interrupted && decision === 'confirm') return apply(found, actor, ports, now);
  if (found.state !== 'pending') return { kind: 'alreadyDecided', pending: found };
  const decided = await ports.pendingImports.decide(
    id,
    actor,
    decision === 'confirm' ? 'confirmed' : 'cancelled',
    now,
  );
  if (!decided) {
    const current = await ports.pendingImports.findById(id);
    return current ? { kind: 'alreadyDecided', pending: current } : { kind: 'gone' };
  }
  if (decision === 'cancel') return { kind: 'cancelled', pending: decided };
  try {
    return await apply(decided, actor, ports, now);
  } catch (error) {
    await ports.pendingImports.reopen(id);
    throw error;
  }
}

async function apply(
  pending: PendingImport,
  actor: Actor,
  ports: PlanImportPorts & { pendingImports: PendingImportRepository },
  now: Date,
): Promise<DecidePlanImportOutcome> {
  const preview = await previewPlanImport(pending.plan, [], ports);
  const outcome = await applyPlanImport(preview, ports, {
    importedBy: { aadObjectId: actor.aadObjectId, name: actor.name },
    now,
    fileName: pending.fileName,
    importKey: `pendingImport:${pending.id}`,
  });
  await ports.pendingImports.markApplied(pending.id, outcome.revision);
  return { kind: 'imported', pending: { ...pending, appliedRevision: outcome.revision }, outcome };
}
