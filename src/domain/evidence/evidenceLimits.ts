/** The default largest evidence file (IKBOT_EVIDENCE_MAX_MB). */
export const DEFAULT_EVIDENCE_MAX_BYTES = 25 * 1024 * 1024;

export interface EvidenceLimits {
  maxBytes: number;
}
