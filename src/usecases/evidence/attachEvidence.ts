import { createHash, randomUUID } from 'node:crypto';
import { contentTypeOf, detectEvidenceKind } from '../../domain/evidence/detectEvidenceKind';
import type { EvidenceFile } from '../../domain/evidence/types';
import type { Actor } from '../../domain/ports/OccasionRepository';
import type { EvidencePorts } from './EvidenceServices';

export type AttachOutcome =
  | { attached: true; file: EvidenceFile }
  | { attached: false; reason: 'tooLarge'; maxBytes: number }
  | { attached: false; reason: 'notAllowed' | 'noOccasion' };

/**
 * Attaches a file to an occasion: refused (nothing stored) when it is larger than the limit or its
 * content is not an allowed kind; otherwise the bytes go to the content store, the record is
 * added and the attachment is audited. Each file gets a new id: nothing is ever overwritten.
 */
export async function attachEvidence(
  ports: EvidencePorts,
  input: { occasionId: string; fileName: string; content: Buffer; by: Actor; now: Date },
): Promise<AttachOutcome> {
  if (input.content.length > ports.limits.maxBytes)
    return { attached: false, reason: 'tooLarge', maxBytes: ports.limits.maxBytes };
  const kind = detectEvidenceKind(input.content);
  if (!kind) return { attached: false, reason: 'notAllowed' };
  const occasion = await ports.occasions.findById(input.occasionId);
  if (!occasion) return { attached: false, reason: 'noOccasion' };
  const id = randomUUID();
  const fileName = cleanFileName(input.fileName);
  const contentType = contentTypeOf(kind, fileName);
  const storage = await ports.content.save(
    { planId: occasion.planId, controlId: occasion.controlId, occasionId: occasion.id },
    { id, fileName, contentType, content: input.content },
  );
  const file: EvidenceFile = {
    id,
    occasionId: occasion.id,
    planId: occasion.planId,
    controlId: occasion.controlId,
    fileName,
    kind,
    contentType,
    size: input.content.length,
    sha256: createHash('sha256').update(input.content).digest('hex'),
    storage,
    uploadedBy: input.by,
    uploadedAt: input.now,
  };
  await ports.repository.add(file);
  await ports.audit.append({
    at: input.now,
    actor: input.by,
    action: 'evidence.attached',
    subject: occasion.id,
    details: { fileId: id, fileName, kind, size: file.size, sha256: file.sha256, store: storage.store },
  });
  return { attached: true, file };
}

/** The last path segment, without control characters, at most 150 characters. */
function cleanFileName(name: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are what is removed
  const base = (name.split(/[\\/]/).pop() ?? '').replace(/[\u0000-\u001f\u007f]/g, '').trim();
  return (base || 'underlag').slice(-150);
}
