import { randomBytes } from 'node:crypto';
import type { EvidenceFile } from '../../domain/evidence/types';
import type { EvidenceServices } from './EvidenceServices';

/** How long a download link on a card or in a report works. */
export const EVIDENCE_LINK_TTL_MS = 24 * 60 * 60 * 1000;

export interface EvidenceLinkView {
  file: EvidenceFile;
  /** The expiring download link through the bot. */
  url: string;
}

/**
 * A new expiring download link per file (a random token that is the only thing granting access),
 * as report links are. The bytes are always served through the bot, also from SharePoint, so the
 * link works for the committee and the auditors whether or not they can open the library.
 */
export async function evidenceLinks(
  services: EvidenceServices,
  files: readonly EvidenceFile[],
  now: Date,
): Promise<EvidenceLinkView[]> {
  const base = services.publicUrl().replace(/\/+$/, '');
  const views: EvidenceLinkView[] = [];
  for (const file of files) {
    const token = randomBytes(32).toString('base64url');
    await services.repository.saveLink({
      token,
      fileId: file.id,
      createdAt: now,
      expiresAt: new Date(now.getTime() + EVIDENCE_LINK_TTL_MS),
    });
    views.push({ file, url: `${base}/api/evidence/${token}` });
  }
  return views;
}
