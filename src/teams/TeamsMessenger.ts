import { TurnContext, type Activity, type CloudAdapter, type ConversationReference } from 'botbuilder';
import type { ConversationRepository, StoredConversation } from '../domain/ports/ConversationRepository';
import { personalKey } from '../domain/ports/ConversationRepository';
import type { DeliveryOutcome, Messenger, OutgoingMessage, Recipient } from '../domain/ports/Messenger';
import type { Logger } from '../logging/createLogger';
import { deliveryErrorText } from './deliveryErrorText';

export interface TeamsMessengerOptions {
  adapter: CloudAdapter;
  conversations: ConversationRepository;
  /** MicrosoftAppId, or '' in local mode (botbuilder needs the empty string then, not undefined). */
  appId: string;
  /** Where to create 1:1 conversations for people without a stored reference (IKBOT_SERVICE_URL). */
  serviceUrl: string;
  logger: Logger;
  now(): Date;
  /** When given (local mode), a proactive message goes only to service URLs it accepts; see localModeServiceUrls. */
  mayReach?(serviceUrl: string): boolean;
}

/** OAuth scope of the public Bot Connector; local mode sends no token at all. */
const CONNECTOR_AUDIENCE = 'https://api.botframework.com';

interface ErrorLike {
  statusCode?: number;
  code?: string;
  message?: string;
  response?: { headers?: { get?(name: string): string | undefined }; bodyAsText?: string };
  body?: unknown;
}

/** Maps a connector error to an outcome the outbox acts on: permanent, retry later, or retry after. */
export function outcomeOfError(
  error: unknown,
  now: Date = new Date(),
): Extract<DeliveryOutcome, { ok: false }> {
  const e = (error ?? {}) as ErrorLike;
  const status = e.statusCode;
  let code = typeof e.code === 'string' && !/^\d+$/.test(e.code) ? e.code : undefined;
  const text = e.response?.bodyAsText;
  if (text) {
    try {
      // Teams puts its own code in error.code, and sometimes a finer one in error.subCode (403 MessageWritesBlocked).
      const parsed = JSON.parse(text) as { error?: { code?: string; subCode?: string }; subCode?: string };
      code = parsed.error?.subCode ?? parsed.subCode ?? parsed.error?.code ?? code;
    } catch {
      // not JSON: keep what the error says
    }
  }
  const retryAfter = e.response?.headers?.get?.('retry-after');
  const retryAfterMs = retryAfter ? retryAfterMsOf(retryAfter, now) : undefined;
  const permanent =
    status !== undefined && status >= 400 && status < 500 && ![408, 412, 429].includes(status);
  return {
    ok: false,
    permanent,
    ...(status !== undefined ? { status } : {}),
    ...(code ? { code } : {}),
    ...(retryAfterMs !== undefined ? { retryAfterMs } : {}),
    reason: `${deliveryErrorText(status, code)} (${e.message ?? String(error)})`.slice(0, 500),
  };
}

/** Retry-After as seconds ("120") or as an HTTP date ("Wed, 21 Oct 2026 07:28:00 GMT"), in ms from now; never negative. */
export function retryAfterMsOf(value: string, now: Date): number | undefined {
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  const at = Date.parse(text);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now.getTime());
}

function activityOf(message: OutgoingMessage): Partial<Activity> {
  return {
    type: 'message',
    text: message.text,
    textFormat: 'markdown',
    ...(message.card
      ? { attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', content: message.card }] }
      : {}),
  };
}

/**
 * Proactive delivery through the botbuilder CloudAdapter: the stored 1:1 conversation, or a new one
 * created with the person's Entra ID object id and tenant (the reference is then stored). Errors are
 * caught inside the turn logic, so the adapter's onTurnError never hides a failed send from the
 * outbox; botbuilder itself retries 429/503 with Retry-After and 500 a few times.
 */
export class TeamsMessenger implements Messenger {
  /** Conversations looked up by prepare() for the batch being sent; each is used once. */
  private prepared = new Map<string, StoredConversation>();

  constructor(private readonly options: TeamsMessengerOptions) {}

  async prepare(recipients: readonly Recipient[]): Promise<void> {
    const { conversations } = this.options;
    this.prepared = new Map();
    if (!conversations.findByKeys) return;
    const found = await conversations.findByKeys(recipients.map((r) => personalKey(r.aadObjectId)));
    for (const conversation of found) this.prepared.set(conversation.key, conversation);
  }

  async sendToPerson(recipient: Recipient, message: OutgoingMessage): Promise<DeliveryOutcome> {
    const key = personalKey(recipient.aadObjectId);
    const prepared = this.prepared.get(key);
    this.prepared.delete(key);
    // By key rather than findPersonal: a lookup by _id, which every database serves from its index.
    const stored = prepared ?? (await this.options.conversations.findByKey(key));
    if (stored) return this.sendTo(stored.reference as Partial<ConversationReference>, message);
    return this.createAndSend(recipient, message);
  }

  async sendToConversation(conversationKey: string, message: OutgoingMessage): Promise<DeliveryOutcome> {
    const stored = await this.options.conversations.findByKey(conversationKey);
    if (!stored) {
      return {
        ok: false,
        permanent: true,
        code: 'NoStoredConversation',
        reason: `No conversation is stored for ${conversationKey}; the bot must be added to it (installationUpdate) first.`,
      };
    }
    return this.sendTo(stored.reference as Partial<ConversationReference>, message);
  }

  /** A permanent failure, without any request, for a service URL that local mode must not reach. */
  private refuse(serviceUrl: string): Extract<DeliveryOutcome, { ok: false }> | undefined {
    if (!this.options.mayReach || this.options.mayReach(serviceUrl)) return undefined;
    return {
      ok: false,
      permanent: true,
      code: 'ServiceUrlNotAllowed',
      reason: `Local mode sends nothing to ${serviceUrl || 'an unknown service URL'}: only to IKBOT_SERVICE_URL, or to this machine when it is unset. Set IKBOT_SERVICE_URL to the emulator's or playground's address, or configure the Microsoft credentials.`,
    };
  }

  private async sendTo(
    reference: Partial<ConversationReference>,
    message: OutgoingMessage,
  ): Promise<DeliveryOutcome> {
    let outcome: DeliveryOutcome | undefined;
    // Without an activityId botbuilder posts a new message instead of replying to an old one.
    const { activityId: _activityId, ...conversation } = reference;
    const refused = this.refuse(conversation.serviceUrl ?? '');
    if (refused) return refused;
    try {
      await this.options.adapter.continueConversationAsync(
        this.options.appId,
        conversation,
        async (context) => {
          try {
            const response = await context.sendActivity(activityOf(message));
            outcome = {
              ok: true,
              activityId: response?.id,
              conversationId: conversation.conversation?.id ?? '',
            };
          } catch (error) {
            outcome = outcomeOfError(error, this.options.now());
          }
        },
      );
    } catch (error) {
      outcome ??= outcomeOfError(error, this.options.now());
    }
    return outcome ?? { ok: false, permanent: false, reason: 'The adapter returned without sending.' };
  }

  private async createAndSend(recipient: Recipient, message: OutgoingMessage): Promise<DeliveryOutcome> {
    const { adapter, appId, serviceUrl } = this.options;
    const refused = this.refuse(serviceUrl);
    if (refused) return refused;
    let outcome: DeliveryOutcome | undefined;
    try {
      await adapter.createConversationAsync(
        appId,
        'msteams',
        serviceUrl,
        CONNECTOR_AUDIENCE,
        {
          isGroup: false,
          bot: { id: appId ? `28:${appId}` : 'ikbot', name: 'ikbot' },
          members: [{ id: recipient.aadObjectId, name: recipient.name ?? '' }],
          tenantId: recipient.tenantId,
          channelData: { tenant: { id: recipient.tenantId } },
        } as never,
        async (context) => {
          try {
            const reference = TurnContext.getConversationReference(context.activity);
            await this.options.conversations.save({
              key: personalKey(recipient.aadObjectId),
              kind: 'personal',
              tenantId: recipient.tenantId,
              conversationId: reference.conversation?.id ?? '',
              aadObjectId: recipient.aadObjectId,
              ...(recipient.name ? { name: recipient.name } : {}),
              reference: {
                ...reference,
                conversation: { ...reference.conversation, tenantId: recipient.tenantId },
              } as Record<string, unknown>,
              installed: true,
              updatedAt: this.options.now(),
            });
            const response = await context.sendActivity(activityOf(message));
            outcome = {
              ok: true,
              activityId: response?.id,
              conversationId: reference.conversation?.id ?? '',
            };
          } catch (error) {
            outcome = outcomeOfError(error, this.options.now());
          }
        },
      );
    } catch (error) {
      outcome ??= outcomeOfError(error, this.options.now());
    }
    if (outcome && !outcome.ok && outcome.permanent) {
      this.options.logger.warn(
        { aadObjectId: recipient.aadObjectId, status: outcome.status, code: outcome.code },
        'Could not open a 1:1 chat with a person: the ikbot app is probably not installed for them. Install it for them (Teams admin setup policy) so reminders can reach them.',
      );
    }
    return (
      outcome ?? {
        ok: false,
        permanent: false,
        reason: 'The adapter returned without creating the conversation.',
      }
    );
  }
}
