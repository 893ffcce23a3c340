import { personalKey, type ConversationRepository } from '../../domain/ports/ConversationRepository';
import { redeliverMissed, type RedeliverPorts } from './redeliverMissed';

/**
 * Before a reminder pass: people recorded as unreachable who have since got a 1:1 chat with ikbot
 * (they opened the app, an admin's setup policy installed it, or an installation event came while
 * ikbot was busy) get what they missed queued again. Returns how many reminders were queued.
 */
export async function requeueReachable(
  ports: RedeliverPorts & { conversations: ConversationRepository },
  now: Date,
): Promise<number> {
  const unreachable = await ports.reachability.unreachable();
  if (unreachable.length === 0) return 0;
  const keys = unreachable.map((record) => personalKey(record.aadObjectId));
  const conversations = ports.conversations.findByKeys
    ? await ports.conversations.findByKeys(keys)
    : (await Promise.all(keys.map((key) => ports.conversations.findByKey(key)))).filter((c) => c !== null);
  const byKey = new Map(conversations.map((conversation) => [conversation.key, conversation]));
  let queued = 0;
  for (const record of unreachable) {
    const conversation = byKey.get(personalKey(record.aadObjectId));
    // A chat stored before the failure was recorded is the stale one Teams refused: still unreachable.
    if (!conversation?.installed || conversation.updatedAt.getTime() < record.updatedAt.getTime()) continue;
    queued += await redeliverMissed(ports, record, now);
  }
  return queued;
}
