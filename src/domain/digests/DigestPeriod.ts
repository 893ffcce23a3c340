import type { IsoDate } from '../plan/types';

/** The window of due dates a digest covers, e.g. the year so far, a month or a quarter. */
export interface DigestPeriod {
  /** "2025" (year to date), "2025-06", "2025-Q2". */
  key: string;
  from: IsoDate;
  to: IsoDate;
}
