/** Whether the database answers now; the Teams edge uses it to answer at once while it is down. */
export interface DatabaseHealth {
  /** False while the database is known not to answer. */
  available(): boolean;
  /** True for an error that means the database could not be reached (not a bug or bad data). */
  isOutage(error: unknown): boolean;
}
