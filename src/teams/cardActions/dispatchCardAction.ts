import type { AdaptiveCardInvokeResponse, AdaptiveCardInvokeValue, TurnContext } from 'botbuilder';
import { renderErrorCard } from '../../cards';
import type { BotServices } from '../BotServices';
import { messagesFor } from '../../i18n/messages';
import { turnInfo } from '../turnInfo';
import type { CardActionHandler } from './CardAction';
import { cardActionTable } from './cardActionTable';

const CARD = 'application/vnd.microsoft.card.adaptive';
const ERROR = 'application/vnd.microsoft.error';
const MESSAGE = 'application/vnd.microsoft.activity.message';

/** Dispatches an adaptiveCard/action invoke to the handler registered for its verb. */
export async function dispatchCardAction(
  context: TurnContext,
  value: AdaptiveCardInvokeValue,
  services: BotServices,
  table: Record<string, CardActionHandler> = cardActionTable,
): Promise<AdaptiveCardInvokeResponse> {
  const info = turnInfo(context);
  const verb = value?.action?.verb ?? '';
  const data = (value?.action?.data ?? {}) as Record<string, unknown>;
  const handler = Object.prototype.hasOwnProperty.call(table, verb) ? table[verb] : undefined;
  if (!handler) {
    services.logger.warn(
      { verb },
      'Unknown card action verb; the card may be from an older version of ikbot.',
    );
    const card = renderErrorCard({
      locale: info.locale,
      message:
        info.locale === 'en'
          ? `This card's button (“${verb || 'no action'}”) is not known to ikbot.`
          : `Knappen på det här kortet (”${verb || 'ingen åtgärd'}”) känns inte igen av ikbot.`,
      nextStep:
        info.locale === 'en'
          ? 'Type “my controls” to get a fresh card.'
          : 'Skriv ”mina kontroller” för att få ett nytt kort.',
    });
    return { statusCode: 200, type: CARD, value: card as never };
  }
  try {
    const result = await handler({ context, info, verb, data, services });
    if ('message' in result) return { statusCode: 200, type: MESSAGE, value: result.message as never };
    return { statusCode: 200, type: CARD, value: result.card as never };
  } catch (error) {
    // Teams gets a well-formed answer either way (HTTP 200, Universal Actions error body), never a 5xx.
    services.logger.error(
      { err: error, verb },
      'A card action failed; the person was told to try again. See the error for the cause.',
    );
    return {
      statusCode: 500,
      type: ERROR,
      value: { code: 'InternalServerError', message: messagesFor(info.locale).cardActionFailed } as never,
    };
  }
}
