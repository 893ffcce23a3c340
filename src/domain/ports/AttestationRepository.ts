import type { Actor } from './OccasionRepository';

/** The responsible manager's decision on one stored result version of a control that needs attestation. */
export interface Attestation {
  occasionId: string;
  /** The result version decided on; an amended result (a new version) waits for attestation again. */
  resultVersion: number;
  decision: 'attested' | 'returned';
  by: Actor;
  at: Date;
  /** Required when returned: what the performer should change. */
  comment?: string;
}

/**
 * Attestations (collection attestations, _id "<occasionId>#v<version>"): one decision per result
 * version, inserted once (a second decision on the same version is refused, never overwritten).
 * No decision for the current version means "Väntar på attest".
 */
export interface AttestationRepository {
  /** False when that version was already decided (by someone else, or a repeated click). */
  record(attestation: Attestation): Promise<boolean>;
  /** The decisions on these occasions' given versions. */
  decisionsFor(
    versions: ReadonlyArray<{ occasionId: string; resultVersion: number }>,
  ): Promise<Attestation[]>;
}
