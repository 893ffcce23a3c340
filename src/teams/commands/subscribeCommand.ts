import { TurnContext } from 'botbuilder';
import { conversationKey } from '../../domain/ports/ConversationRepository';
import { digestMessagesFor } from '../../i18n/digestMessages';
import { messagesFor } from '../../i18n/messages';
import type { Command, CommandInput } from './Command';

/** The channel itself, not the thread the command was posted in: digests start new posts. */
export function channelIdOf(conversationId: string): string {
  return conversationId.split(';')[0];
}

/** Refuses (politely, in the channel) anyone who is not in IKBOT_ADMINS; true when allowed. */
async function adminInChannel({ context, info, services }: CommandInput): Promise<boolean> {
  if (info.kind === 'personal') {
    await context.sendActivity(digestMessagesFor(info.locale).subscribeInChannel);
    return false;
  }
  if (!info.aadObjectId || !services.config.admins.includes(info.aadObjectId)) {
    await context.sendActivity(messagesFor(info.locale).notAdministrator);
    return false;
  }
  return true;
}

export const subscribeCommand: Command = {
  name: 'subscribe',
  pattern: /^(prenumerera|subscribe)$/i,
  run: async (input) => {
    const { context, info, services } = input;
    if (!(await adminInChannel(input)) || !info.tenantId) return;
    const channelId = channelIdOf(info.conversationId);
    const key = conversationKey(channelId);
    const reference = TurnContext.getConversationReference(context.activity);
    const at = services.now();
    await services.conversations.save({
      key,
      kind: info.kind,
      tenantId: info.tenantId,
      conversationId: channelId,
      locale: info.locale,
      reference: { ...reference, conversation: { ...reference.conversation, id: channelId } } as Record<
        string,
        unknown
      >,
      installed: true,
      updatedAt: at,
    });
    const created = await services.digests.subscriptions.subscribe({
      key,
      conversationId: channelId,
      tenantId: info.tenantId,
      locale: info.locale,
      subscribedBy: { aadObjectId: info.aadObjectId ?? '', name: info.userName ?? '' },
      subscribedAt: at,
    });
    const texts = digestMessagesFor(info.locale);
    await context.sendActivity(created ? texts.subscribed : texts.alreadySubscribed);
  },
};

export const unsubscribeCommand: Command = {
  name: 'unsubscribe',
  pattern: /^(avsluta prenumeration(en)?|unsubscribe)$/i,
  run: async (input) => {
    const { context, info, services } = input;
    if (!(await adminInChannel(input))) return;
    const removed = await services.digests.subscriptions.unsubscribe(
      conversationKey(channelIdOf(info.conversationId)),
    );
    const texts = digestMessagesFor(info.locale);
    await context.sendActivity(removed ? texts.unsubscribed : texts.notSubscribed);
  },
};
