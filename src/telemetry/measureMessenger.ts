import type { DeliveryOutcome, Messenger } from '../domain/ports/Messenger';
import type { Telemetry } from './Telemetry';

function outcomeOf(delivery: DeliveryOutcome): string {
  if (delivery.ok) return 'sent';
  if (delivery.code === 'ServiceUrlNotAllowed') return 'refused';
  return delivery.permanent ? 'failed' : 'retry';
}

/** The messenger with a span per send and the sends counted by outcome (and 429s on their own). */
export function measureMessenger(messenger: Messenger, telemetry: Telemetry): Messenger {
  const measured = async (
    operation: string,
    send: () => Promise<DeliveryOutcome>,
  ): Promise<DeliveryOutcome> =>
    telemetry.inSpan(`ikbot.send ${operation}`, {}, async (span) => {
      const delivery = await send();
      const outcome = outcomeOf(delivery);
      const status = delivery.ok ? 200 : (delivery.status ?? 0);
      span.setAttributes({ 'ikbot.send.outcome': outcome, 'http.response.status_code': status });
      telemetry.sends.add(1, { outcome, operation });
      if (status === 429) telemetry.throttled.add(1, { operation });
      return delivery;
    });
  return {
    ...(messenger.prepare ? { prepare: (recipients) => messenger.prepare!(recipients) } : {}),
    sendToPerson: (recipient, message) =>
      measured('person', () => messenger.sendToPerson(recipient, message)),
    sendToConversation: (key, message) =>
      measured('conversation', () => messenger.sendToConversation(key, message)),
  };
}
