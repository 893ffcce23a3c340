import { randomUUID } from 'node:crypto';
import { contentTypeOf } from '../../domain/evidence/detectEvidenceKind';
import type { EvidenceFile } from '../../domain/evidence/types';
import type { Actor } from '../../domain/ports/OccasionRepository';
import type { EvidencePorts } from './EvidenceServices';
import { EvidenceTooLarge, EvidenceUnreadable, inspectEvidence } from './inspectEvidence';

export type AttachOutcome =
  | { attached: true; file: EvidenceFile }
  | { attached: false; reason: 'tooLarge'; maxBytes: number }
  | { attached: false; reason: 'notAllowed' | 'noOccasion' }
  /** The download broke off before the end (nothing stored). */
  | { attached: false; reason: 'unreadable'; detail: string };

/**
 * Attaches a file to an occasion: refused (nothing stored) when it is larger than the limit or its
 * content is not an allowed kind; otherwise the bytes go to the content store, the record is
 * added and the attachment is audited. Each file gets a new id: nothing is ever overwritten.
 * `content` may be a stream (a download as it arrives): a PDF or an image is then checked by its
 * first bytes and written to the store as it comes, and a stream that passes the limit on the way
 * leaves nothing stored.
 */
export async function attachEvidence(
  ports: EvidencePorts,
  input: {
    occasionId: string;
    fileName: string;
    content: Buffer | AsyncIterable<Uint8Array>;
    /** The length the sender announced (Content-Length), when it did. */
    declaredBytes?: number;
    by: Actor;
    now: Date;
  },
): Promise<AttachOutcome> {
  const inspected = await inspectEvidence(input.content, ports.limits.maxBytes);
  if (!inspected.ok) {
    const { ok: _ok, ...refusal } = inspected;
    return { attached: false, ...refusal };
  }
  const occasion = await ports.occasions.findById(input.occasionId);
  if (!occasion) {
    await inspected.cancel();
    return { attached: false, reason: 'noOccasion' };
  }
  const id = randomUUID();
  const fileName = cleanFileName(input.fileName);
  const contentType = contentTypeOf(inspected.kind, fileName);
  let storage: EvidenceFile['storage'];
  try {
    storage = await ports.content.save(
      { planId: occasion.planId, controlId: occasion.controlId, occasionId: occasion.id },
      // Paced: a large file is background work next to everyone's card submissions.
      {
        id,
        fileName,
        contentType,
        content: ports.pace.paced(inspected.body),
        // A stream's announced length lets SharePoint send it to an upload session as it comes.
        ...(Buffer.isBuffer(inspected.body) || input.declaredBytes === undefined
          ? {}
          : { size: input.declaredBytes }),
      },
    );
  } catch (error) {
    if (error instanceof EvidenceTooLarge)
      return { attached: false, reason: 'tooLarge', maxBytes: error.maxBytes };
    if (error instanceof EvidenceUnreadable)
      return { attached: false, reason: 'unreadable', detail: error.detail };
    throw error;
  }
  const { size, sha256 } = inspected.digest();
  const file: EvidenceFile = {
    id,
    occasionId: occasion.id,
    planId: occasion.planId,
    controlId: occasion.controlId,
    fileName,
    kind: inspected.kind,
    contentType,
    size,
    sha256,
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
    details: { fileId: id, fileName, kind: inspected.kind, size, sha256, store: storage.store },
  });
  return { attached: true, file };
}

/** The last path segment, without control characters, at most 150 characters. */
function cleanFileName(name: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are what is removed
  const base = (name.split(/[\\/]/).pop() ?? '').replace(/[\u0000-\u001f\u007f]/g, '').trim();
  return (base || 'underlag').slice(-150);
}
