/**
 * The append-only audit trail (who, when, what changed). The application only ever appends:
 * there is no update or delete in this interface or its adapter.
 */
export interface AuditEntry {
  at: Date;
  actor: { aadObjectId: string; name: string } | { system: string };
  /** E.g. "result.submitted", "result.amended", "plan.imported", "reminder.sent". */
  action: string;
  /** What the entry is about, e.g. the occasion id or the plan id. */
  subject: string;
  /** The new state, or a summary of the change. */
  details: Record<string, unknown>;
}

export interface AuditLog {
  /**
   * Appends an entry. With `onceKey`, an entry with the same key is stored only once (e.g. one
   * entry per stored result version, however many attempts record it at the same moment).
   */
  append(entry: AuditEntry, onceKey?: string): Promise<void>;
  /** Entries about one subject, oldest first. */
  forSubject(subject: string): Promise<AuditEntry[]>;
}
