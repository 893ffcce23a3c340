import type { IndexDescription } from 'mongodb';

/**
 * Every index ikbot needs, by collection. Created at start with createIndexes, which is idempotent
 * on MongoDB and FerretDB alike. Only plain and unique compound indexes: FerretDB 1.24 has no
 * partial, sparse or TTL indexes. Feature code adds its collections here.
 */
export const indexSpecs: Record<string, IndexDescription[]> = {
  conversations: [{ key: { kind: 1, aadObjectId: 1 }, name: 'kind_aadObjectId' }],
  plans: [{ key: { year: 1 }, name: 'year' }],
  occasions: [
    { key: { planId: 1, controlId: 1, unitId: 1, periodKey: 1 }, name: 'occasion_identity', unique: true },
    { key: { planId: 1, dueDate: 1 }, name: 'planId_dueDate' },
    { key: { year: 1, status: 1 }, name: 'year_status' },
    { key: { unitId: 1, status: 1, dueDate: 1 }, name: 'unitId_status_dueDate' },
    // Digests: open/overdue occasions of a plan by due date.
    { key: { planId: 1, status: 1, dueDate: 1 }, name: 'planId_status_dueDate' },
  ],
  // Views beside the occasions (read by _id; these serve a plan's rebuild and the year's report).
  occasionCounters: [{ key: { planId: 1 }, name: 'planId' }],
  reportLines: [{ key: { planId: 1, year: 1 }, name: 'planId_year' }],
  digestSnapshots: [{ key: { planId: 1, periodKey: 1, takenOn: 1 }, name: 'planId_periodKey_takenOn' }],
  verdicts: [{ key: { planId: 1, year: 1 }, name: 'planId_year' }],
  audit: [{ key: { subject: 1, at: 1 }, name: 'subject_at' }],
  // Reminders (insert-only outbox): a person's list, purge by due date, stale in-flight markers.
  outbox: [
    { key: { recipientId: 1, dueDate: 1 }, name: 'recipientId_dueDate' },
    { key: { dueDate: 1 }, name: 'dueDate' },
    { key: { createdAt: 1 }, name: 'createdAt' },
  ],
  outboxInFlight: [{ key: { at: 1 }, name: 'at' }],
  outboxAttempts: [{ key: { itemId: 1 }, name: 'itemId' }],
  absences: [{ key: { kind: 1 }, name: 'kind' }],
  resultVersions: [{ key: { occasionId: 1, version: 1 }, name: 'occasionId_version' }],
  actions: [
    { key: { occasionId: 1 }, name: 'occasionId' },
    { key: { planId: 1, unitId: 1, status: 1 }, name: 'planId_unitId_status' },
    // One open action per control × unit (a closed one holds its own _id here).
    { key: { openKey: 1 }, name: 'openKey', unique: true },
    { key: { planId: 1, controlId: 1, unitId: 1 }, name: 'planId_controlId_unitId' },
    { key: { 'owner.aadObjectId': 1, status: 1 }, name: 'owner_status' },
    { key: { status: 1, start: 1 }, name: 'status_start' },
    { key: { 'entries.change.occasionId': 1 }, name: 'entries_occasionId' },
  ],
  // A handful of documents; expired ones are deleted explicitly (no TTL indexes on FerretDB).
  pendingImports: [{ key: { expiresAt: 1 }, name: 'expiresAt' }],
  // Report files behind download links (an hour each); read by _id, expired ones deleted explicitly.
  reportDownloads: [{ key: { expiresAt: 1 }, name: 'expiresAt' }],
};
