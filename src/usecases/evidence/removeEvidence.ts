import type { Actor } from '../../domain/ports/OccasionRepository';
import type { EvidencePorts } from './EvidenceServices';

/**
 * Marks a file removed from its occasion (it leaves the cards and the report; the bytes and the
 * record stay, so the audit trail can show what was there) and audits who did it.
 */
export async function removeEvidence(
  ports: Pick<EvidencePorts, 'repository' | 'audit'>,
  input: { occasionId: string; fileId: string; by: Actor; now: Date },
): Promise<boolean> {
  const file = await ports.repository.findById(input.fileId);
  if (!file || file.occasionId !== input.occasionId) return false;
  const removed = await ports.repository.markRemoved(file.id, { by: input.by, at: input.now });
  if (!removed) return false;
  await ports.audit.append({
    at: input.now,
    actor: input.by,
    action: 'evidence.removed',
    subject: file.occasionId,
    details: { fileId: file.id, fileName: file.fileName, sha256: file.sha256 },
  });
  return true;
}
