import type { InvokeResponse, TurnContext } from 'botbuilder';
import type { Locale } from '../domain/plan/types';
import { messagesFor } from '../i18n/messages';
import type { Logger } from '../logging/createLogger';
import { findCommand } from './commands/commandTable';
import { planFileAttachmentOf } from './planUpload/planFileAttachment';

/** Only help (and other commands marked withoutDatabase) answers without the database. */
export function needsDatabase(context: TurnContext, text: string): boolean {
  return !(
    context.activity.type === 'message' &&
    !planFileAttachmentOf(context.activity) &&
    findCommand(text)?.command.withoutDatabase
  );
}

/**
 * The database is down: say so and that nothing was saved. A card action answers with an error,
 * which Teams shows beside the card without replacing it, so what the person entered stays.
 */
export async function replyDatabaseUnavailable(
  context: TurnContext,
  locale: Locale,
  logger: Logger,
): Promise<void> {
  const text = messagesFor(locale).databaseUnavailable;
  logger.warn(
    { event: 'database unavailable', type: context.activity.type, name: context.activity.name },
    'A turn was answered with "database unavailable"; check MONGODB_URI and the database server (GET /readyz says when it is back).',
  );
  if (context.activity.type === 'message') await context.sendActivity(text);
  if (context.activity.type === 'invoke') {
    await context.sendActivity({
      type: 'invokeResponse',
      value: {
        status: 200,
        body: {
          statusCode: 503,
          type: 'application/vnd.microsoft.error',
          value: { code: 'ServiceUnavailable', message: text },
        },
      } satisfies InvokeResponse,
    });
  }
}
