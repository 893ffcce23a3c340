import { renderErrorCard } from '../../cards/renderErrorCard';
import { renderManagerDigest } from '../../cards/renderManagerDigest';
import { digestPeriodOf } from '../../domain/digests/digestPeriodOf';
import { localDateOf } from '../../domain/schedule/localDateOf';
import { digestMessagesFor } from '../../i18n/digestMessages';
import { messagesFor } from '../../i18n/messages';
import { computeManagerDigests } from '../../usecases/computeManagerDigests';
import { remindNowDigest } from '../../usecases/remindNowDigest';
import type { CardActionHandler } from './CardAction';

/**
 * remindNow {occasionId} on a manager digest: reminds the performer now, says so in the chat, and
 * answers with the manager's digest brought up to date (the card the button was on).
 */
export const remindNowAction: CardActionHandler = async ({ context, info, data, services }) => {
  const texts = digestMessagesFor(info.locale);
  const at = services.now();
  const outcome = await remindNowDigest(services, {
    occasionId: typeof data.occasionId === 'string' ? data.occasionId : '',
    by: { aadObjectId: info.aadObjectId ?? '', name: info.userName ?? '' },
    isAdmin: Boolean(info.aadObjectId && services.config.admins.includes(info.aadObjectId)),
    tenantId: info.tenantId ?? '',
    at,
  });
  const message =
    outcome.kind === 'sent'
      ? texts.reminderSent(outcome.performerName)
      : outcome.kind === 'failed'
        ? texts.reminderFailed(outcome.performerName, outcome.reason)
        : outcome.kind === 'notNeeded'
          ? texts.reminderNotNeeded
          : outcome.kind === 'noPerformer'
            ? texts.reminderNoPerformer
            : outcome.kind === 'notAllowed'
              ? messagesFor(info.locale).notAdministrator
              : texts.reminderUnknown;
  if (outcome.kind === 'unknown' || outcome.kind === 'notAllowed' || !outcome.planId) {
    return { card: renderErrorCard({ locale: info.locale, message }) };
  }
  await context.sendActivity(message);
  const stored = await services.plans.findById(outcome.planId);
  const today = localDateOf(at, services.config.timeZone);
  const period = digestPeriodOf('', today);
  const digest =
    stored && period
      ? (await computeManagerDigests(services.digests, stored.plan, period, today)).find(
          (d) => d.person.aadObjectId === info.aadObjectId,
        )
      : undefined;
  return {
    card: digest
      ? renderManagerDigest({ locale: info.locale, digest })
      : renderErrorCard({ locale: info.locale, title: message, message }),
  };
};
