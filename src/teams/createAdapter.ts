import type { ConfigurationBotFrameworkAuthenticationOptions } from 'botbuilder';
import type { Config } from '../config/readConfig';
import type { Logger } from '../logging/createLogger';
import { IkAdapter } from './IkAdapter';
import { ReusingClientsAuthentication } from './ReusingClientsAuthentication';

/**
 * The botbuilder adapter. Without MicrosoftAppId it runs in local mode (no token checks, no
 * Authorization header on outgoing calls), as the Bot Framework Emulator and the tests expect;
 * with credentials every incoming request's JWT is verified and a bad one gets 401.
 */
export function createAdapter(config: Config, logger: Logger): IkAdapter {
  const { appId, appPassword, appType, tenantId } = config.microsoft;
  const options: ConfigurationBotFrameworkAuthenticationOptions = config.localMode
    ? {}
    : {
        MicrosoftAppId: appId,
        MicrosoftAppPassword: appPassword,
        MicrosoftAppType: appType,
        MicrosoftAppTenantId: tenantId,
      };
  const adapter = new IkAdapter(new ReusingClientsAuthentication(options));
  adapter.onTurnError = async (context, error) => {
    logger.error(
      { err: error, activityType: context.activity.type, conversationId: context.activity.conversation?.id },
      'Unhandled error in a turn; the user was told to try again. Look at the stack trace above to find the cause.',
    );
    if (context.activity.type === 'message') {
      await context
        .sendActivity(
          /^en\b/i.test(context.activity.locale ?? '')
            ? 'Something went wrong on my side and what you sent was not saved. Please try again shortly.'
            : 'Något gick fel hos mig och det du skickade sparades inte. Försök igen om en stund.',
        )
        .catch(() => undefined);
    }
  };
  return adapter;
}
