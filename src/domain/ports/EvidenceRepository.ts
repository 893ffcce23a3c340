import type { EvidenceFile } from '../evidence/types';

/** A random token that lets whoever has it download one evidence file until it expires. */
export interface EvidenceLink {
  token: string;
  fileId: string;
  createdAt: Date;
  expiresAt: Date;
}

/**
 * The list of evidence files per occasion (collection evidenceFiles; the bytes are in an
 * EvidenceContentStore) and the download links to them (collection evidenceLinks).
 */
export interface EvidenceRepository {
  /** Adds a file record; a second record with the same id is refused (never replaced). */
  add(file: EvidenceFile): Promise<void>;
  findById(id: string): Promise<EvidenceFile | null>;
  /** The occasions' files not marked removed, oldest first. */
  listFor(occasionIds: readonly string[]): Promise<EvidenceFile[]>;
  /** Marks a file removed (the bytes stay for the audit trail); false when it was not there or already removed. */
  markRemoved(id: string, removed: NonNullable<EvidenceFile['removed']>): Promise<boolean>;
  saveLink(link: EvidenceLink): Promise<void>;
  /** The link, or null when unknown or expired at `now` (expired links are treated as absent). */
  findLink(token: string, now: Date): Promise<EvidenceLink | null>;
  /** Who asked to attach a file and to which occasion, waiting for the file in their personal chat. */
  expectUpload(request: UploadRequest): Promise<void>;
  /** The person's waiting request, or null when none or expired at `now`. */
  pendingUpload(aadObjectId: string, now: Date): Promise<UploadRequest | null>;
  clearUpload(aadObjectId: string): Promise<void>;
}

export interface UploadRequest {
  aadObjectId: string;
  occasionId: string;
  createdAt: Date;
  expiresAt: Date;
}
