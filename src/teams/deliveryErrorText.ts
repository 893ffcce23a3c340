/**
 * What Teams' error codes on a failed send mean, in words an administrator can act on (logs, CLI
 * summaries and the outbox's reason). Codes as the Bot Connector and Teams document them.
 */
const EXPLANATIONS: Readonly<Record<string, string>> = {
  ConversationBlockedByUser: 'the person has blocked ikbot in Teams; they must unblock it to get messages',
  BotNotInConversationRoster:
    'ikbot is not a member of the conversation (removed from the team or chat, or uninstalled); add the app again',
  BotDisabledByAdmin:
    'a Teams administrator has blocked the ikbot app for this tenant; allow it in the Teams admin center',
  MessageWritesBlocked: 'the person has blocked or uninstalled ikbot; the message was not delivered',
  ForbiddenOperationException:
    'ikbot is not installed for the person; install it for them (Teams admin center, setup policy)',
  NotEnoughPermissions:
    'the app lacks a permission this needs (resource-specific consent); update the app package',
  InvalidBotApiHost:
    'the service URL is wrong for this tenant (e.g. a government cloud); check IKBOT_SERVICE_URL',
  ConversationNotFound: 'the conversation no longer exists; the person or channel must message ikbot again',
  MessageSizeTooBig: 'the message is larger than Teams accepts (about 28 KB)',
};

/** "403 ConversationBlockedByUser: the person has blocked ikbot …", or the status and code as they are. */
export function deliveryErrorText(status: number | undefined, code: string | undefined): string {
  const explained = code ? EXPLANATIONS[code] : undefined;
  if (explained) return `${status ?? ''} ${code}: ${explained}`.trim();
  if (status === 403)
    return `403 ${code ?? 'Forbidden'}: Teams refused the message (the app is blocked, removed or not allowed here)`;
  return `${status ?? 'network'} ${code ?? ''}`.trim();
}
