import type { TurnContext } from 'botbuilder';
import type { ConversationKind } from '../domain/ports/ConversationRepository';
import type { Locale } from '../domain/plan/types';
import { localeOf } from '../i18n/localeOf';

export interface TurnInfo {
  locale: Locale;
  aadObjectId?: string;
  userName?: string;
  tenantId?: string;
  conversationId: string;
  kind: ConversationKind;
  /** The message text without <at>…</at> mentions, trimmed. */
  text: string;
}

function teamsLocale(context: TurnContext): string | undefined {
  const clientInfo = (context.activity.entities ?? []).find((entity) => entity.type === 'clientInfo') as
    { locale?: string } | undefined;
  return context.activity.locale ?? clientInfo?.locale;
}

/** turnState key of the person's language from the plan, set once per turn by IkBot.run. */
export const PLAN_LOCALE = Symbol('ikbot.planLocale');

/** The language of this turn: the person's language in the plan wins over the Teams client's locale. */
function localeOfTurn(context: TurnContext): Locale {
  const fromPlan = context.turnState?.get(PLAN_LOCALE) as Locale | undefined;
  return fromPlan ?? localeOf(teamsLocale(context));
}

export function turnInfo(context: TurnContext): TurnInfo {
  const { activity } = context;
  const channelData = (activity.channelData ?? {}) as { tenant?: { id?: string } };
  const type = activity.conversation?.conversationType;
  const kind: ConversationKind =
    type === 'channel' ? 'channel' : type === 'groupChat' ? 'groupChat' : 'personal';
  return {
    locale: localeOfTurn(context),
    aadObjectId: activity.from?.aadObjectId,
    userName: activity.from?.name,
    tenantId: channelData.tenant?.id ?? activity.conversation?.tenantId,
    conversationId: activity.conversation?.id ?? '',
    kind,
    text: (activity.text ?? '')
      .replace(/<at>[^<]*<\/at>/gi, ' ')
      .replace(/&nbsp;/g, ' ')
      .replace(/\s+/g, ' ')
      .trim(),
  };
}
