import type { AuditLog } from '../../domain/ports/AuditLog';
import type { OccasionRepository } from '../../domain/ports/OccasionRepository';
import type { Outbox, OutboxItem } from '../../domain/ports/Outbox';
import type { ReachabilityRepository } from '../../domain/ports/ReachabilityRepository';
import type { DueReminder } from '../../domain/reminders/types';

export interface RedeliverPorts {
  outbox: Outbox;
  occasions: OccasionRepository;
  reachability: ReachabilityRepository;
  audit: AuditLog;
}

/** Suffix of the outbox id of a reminder sent again after its first delivery failed. */
export const AGAIN = '|again';

/**
 * Queues again, once, what a person missed while ikbot could not reach them: for each occasion that
 * is still open, the latest reminder that failed, unless a later one for that occasion has been sent
 * or is waiting. The copy has a deterministic id (original + "|again"), so two installation events
 * or a pass racing with one still queue it once; the next reminder pass delivers it through the
 * outbox like any other. Returns how many were queued.
 */
export async function redeliverMissed(
  ports: RedeliverPorts,
  person: { aadObjectId: string; tenantId: string },
  now: Date,
): Promise<number> {
  const items = await ports.outbox.forRecipient(person.aadObjectId);
  const ids = new Set(items.map((item) => item.id));
  const byOccasion = new Map<string, OutboxItem[]>();
  for (const item of items) {
    const list = byOccasion.get(item.occasionId) ?? [];
    list.push(item);
    byOccasion.set(item.occasionId, list);
  }
  const again: DueReminder[] = [];
  for (const [occasionId, list] of byOccasion) {
    const failed = list
      .filter((item) => item.status === 'failed' && !item.id.endsWith(AGAIN))
      .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime())[0];
    if (!failed || ids.has(`${failed.id}${AGAIN}`)) continue;
    const later = list.some(
      (item) =>
        item !== failed &&
        ['sent', 'pending', 'sending'].includes(item.status) &&
        item.createdAt.getTime() >= failed.createdAt.getTime(),
    );
    if (later) continue;
    const occasion = await ports.occasions.findById(occasionId);
    if (!occasion || occasion.status !== 'open') continue;
    const {
      tenantId: _tenant,
      status: _status,
      createdAt: _created,
      attempts: _attempts,
      sentAt: _sent,
      reason: _reason,
      ...reminder
    } = failed;
    again.push({ ...reminder, id: `${failed.id}${AGAIN}`, supersedes: [] });
  }
  const queued = again.length > 0 ? await ports.outbox.enqueue(again, person.tenantId, now) : 0;
  await ports.reachability.markReachable(person.aadObjectId);
  if (queued > 0) {
    await ports.audit.append({
      at: now,
      actor: { system: 'reminders' },
      action: 'reminder.requeued',
      subject: person.aadObjectId,
      details: { count: queued, ids: again.map((item) => item.id).slice(0, 50) },
    });
  }
  return queued;
}
