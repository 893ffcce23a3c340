/**
 * The year-end verdict on one risk area (the committee's decision that drives next year's plan):
 * the risk stays (kvarstår), is closed (kan avslutas), is monitored outside the plan (bevakas), or
 * moves to another process (överförs, e.g. to egenkontroll or the digitalisation plan).
 */
export type Disposition = 'remains' | 'closed' | 'monitored' | 'transferred';

export const DISPOSITIONS: readonly Disposition[] = ['remains', 'closed', 'monitored', 'transferred'];

export interface VerdictAuthor {
  /** Entra ID object id when written in Teams; absent for the command line. */
  aadObjectId?: string;
  name: string;
}

export interface Verdict {
  planId: string;
  year: number;
  riskAreaId: string;
  disposition: Disposition;
  /** Where the risk goes when transferred, e.g. "Egenkontroll" or "Digitaliseringsplanen". */
  transferredTo?: string;
  /** The area's Bedömning, e.g. "Godkänt" or "Delvis godkänt". */
  assessment?: string;
  /** Summering: what the year's controls showed. */
  summary?: string;
  /** Fortsatta åtgärder. */
  furtherActions?: string;
  assessedBy: VerdictAuthor;
  /** ISO instant of the assessment. */
  assessedAt: string;
}
