/** The default largest evidence file (IKBOT_EVIDENCE_MAX_MB). */
export const DEFAULT_EVIDENCE_MAX_BYTES = 25 * 1024 * 1024;

/**
 * How fast one bot process writes evidence bytes to the store, and how much goes at once first
 * (most files are smaller and are not slowed): 10 MB takes about 1.5 s. See TransferPace.
 */
export const DEFAULT_EVIDENCE_WRITE_BYTES_PER_SECOND = 8 * 1024 * 1024;
export const DEFAULT_EVIDENCE_WRITE_BURST_BYTES = 2 * 1024 * 1024;

export interface EvidenceLimits {
  maxBytes: number;
}
