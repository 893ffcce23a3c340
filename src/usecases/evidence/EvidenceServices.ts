import type { EvidenceLimits } from '../../domain/evidence/evidenceLimits';
import type { AuditLog } from '../../domain/ports/AuditLog';
import type { EvidenceContentStore } from '../../domain/ports/EvidenceContentStore';
import type { EvidenceRepository } from '../../domain/ports/EvidenceRepository';
import type { OccasionRepository } from '../../domain/ports/OccasionRepository';
import type { TransferPace } from './TransferPace';

/** What attaching, listing, removing and downloading evidence files (underlag) needs. */
export interface EvidenceServices {
  repository: EvidenceRepository;
  content: EvidenceContentStore;
  limits: EvidenceLimits;
  /** The process's pace for writing evidence bytes, shared by every upload. */
  pace: TransferPace;
  /** The bot's public base URL for download links (as for reports). */
  publicUrl(): string;
}

export interface EvidencePorts extends EvidenceServices {
  occasions: OccasionRepository;
  audit: AuditLog;
}
