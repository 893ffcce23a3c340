import type { IndexDescription } from 'mongodb';

/**
 * Every index ikbot needs, by collection, created at start (ensureIndexes). Unique indexes carry
 * idempotency; TTL indexes (expireAfterSeconds: 0 on expiresAt) let MongoDB delete expired documents,
 * but nothing relies on them for correctness: MongoDB's TTL monitor runs once a minute and
 * mongo-java-server never expires, so every reader treats an expired document as absent and the
 * nightly job deletes what is left. Feature code adds its collections here.
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
  // Reminders: a pass's pending items in order, expired claims, a person's list, the purge, digests' counts.
  outbox: [
    { key: { status: 1, createdAt: 1, _id: 1 }, name: 'status_createdAt' },
    { key: { status: 1, claimedAt: 1 }, name: 'status_claimedAt' },
    { key: { recipientId: 1, dueDate: 1 }, name: 'recipientId_dueDate' },
    { key: { dueDate: 1, status: 1 }, name: 'dueDate_status' },
    { key: { occasionId: 1, status: 1 }, name: 'occasionId_status' },
  ],
  // One-off messages (weekly digests), keyed by _id; the purge of old finished ones.
  onceDeliveries: [{ key: { status: 1, createdAt: 1 }, name: 'status_createdAt' }],
  absences: [{ key: { kind: 1 }, name: 'kind' }],
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
  // Plan files waiting for confirmation and report files behind download links: expire by TTL.
  pendingImports: [{ key: { expiresAt: 1 }, name: 'expiresAt_ttl', expireAfterSeconds: 0 }],
  reportDownloads: [{ key: { expiresAt: 1 }, name: 'expiresAt_ttl', expireAfterSeconds: 0 }],
};
