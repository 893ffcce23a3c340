import type { Verdict } from '../verdicts/Verdict';

/** The year-end verdicts per risk area: one document per plan, year and area, replaced as a whole. */
export interface VerdictRepository {
  /** Stores the verdict (replacing the area's earlier one) and returns the one it replaced, if any. */
  save(verdict: Verdict): Promise<Verdict | null>;
  /** Removes an area's verdict (its row emptied in the workbook); returns the one removed, if any. */
  remove(which: Pick<Verdict, 'planId' | 'year' | 'riskAreaId'>): Promise<Verdict | null>;
  /** Every verdict of a plan's year, in no particular order. */
  ofYear(planId: string, year: number): Promise<Verdict[]>;
}
