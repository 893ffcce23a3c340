import type { UnreachableReason } from './ReachabilityRepository';

/**
 * Proactive delivery to Teams, as the domain sees it. The Teams edge implements it with the
 * botbuilder adapter (stored conversation reference, or a new 1:1 conversation created through the
 * connector); tests see the fake connector's side of it.
 */
export interface Recipient {
  /** Entra ID object id of the person. */
  aadObjectId: string;
  tenantId: string;
  name?: string;
}

export interface OutgoingMessage {
  /** Plain/markdown text; also the notification preview when a card is sent. */
  text: string;
  /** An Adaptive Card (JSON) to attach. */
  card?: Record<string, unknown>;
}

export type DeliveryOutcome =
  | { ok: true; activityId?: string; conversationId: string }
  | {
      ok: false;
      /** 403/404 and other errors that a retry will not fix (app not installed, blocked, …). */
      permanent: boolean;
      status?: number;
      /** Teams' error code, e.g. ConversationBlockedByUser. */
      code?: string;
      /** From Retry-After on 429/503. */
      retryAfterMs?: number;
      reason: string;
      /** Set when the person cannot be reached at all (not a passing fault), and why. */
      unreachable?: UnreachableReason;
    };

export interface Messenger {
  /** 1:1 message to a person: the stored personal conversation, or a new one created for them. */
  sendToPerson(recipient: Recipient, message: OutgoingMessage): Promise<DeliveryOutcome>;
  /** Message to a stored channel or group chat (by its conversation key, see ConversationRepository). */
  sendToConversation(conversationKey: string, message: OutgoingMessage): Promise<DeliveryOutcome>;
  /** Optional: look up many recipients' conversations at once before a batch of sendToPerson calls. */
  prepare?(recipients: readonly Recipient[]): Promise<void>;
}
