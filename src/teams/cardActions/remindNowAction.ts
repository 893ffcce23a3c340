import type { AdaptiveCardJson } from '../../cards/AdaptiveCardJson';
import { renderErrorCard } from '../../cards/renderErrorCard';
import { renderManagerDigest } from '../../cards/renderManagerDigest';
import { digestPeriodOf } from '../../domain/digests/digestPeriodOf';
import { localDateOf } from '../../domain/schedule/localDateOf';
import { digestMessagesFor } from '../../i18n/digestMessages';
import { messagesFor } from '../../i18n/messages';
import { computeManagerDigests } from '../../usecases/computeManagerDigests';
import { prepareRemindNow, type RemindNowOutcome } from '../../usecases/remindNowDigest';
import type { CardActionHandler } from './CardAction';

/**
 * remindNow {occasionId} on a manager digest. Teams waits only a few seconds for the answer, so the
 * checks run first and the card comes back at once (the manager's digest, saying the reminder is on
 * its way); the reminder itself goes out after, and the manager gets a message with how it went.
 */
export const remindNowAction: CardActionHandler = async ({ info, data, services }) => {
  const texts = digestMessagesFor(info.locale);
  const at = services.now();
  const prepared = await prepareRemindNow(services, {
    occasionId: typeof data.occasionId === 'string' ? data.occasionId : '',
    by: { aadObjectId: info.aadObjectId ?? '', name: info.userName ?? '' },
    isAdmin: Boolean(info.aadObjectId && services.config.admins.includes(info.aadObjectId)),
    tenantId: info.tenantId ?? '',
    at,
  });
  if (prepared.kind !== 'ready') {
    const message =
      prepared.kind === 'notNeeded'
        ? texts.reminderNotNeeded
        : prepared.kind === 'noPerformer'
          ? texts.reminderNoPerformer
          : prepared.kind === 'notAllowed'
            ? messagesFor(info.locale).notAdministrator
            : texts.reminderUnknown;
    if (prepared.kind === 'unknown' || prepared.kind === 'notAllowed' || !prepared.planId) {
      return { card: renderErrorCard({ locale: info.locale, message }) };
    }
    return { card: await digestCard(prepared.planId, message) };
  }

  // After the answer: send, then tell the manager in their 1:1 chat how it went.
  const manager = { aadObjectId: info.aadObjectId ?? '', tenantId: info.tenantId ?? '', name: info.userName };
  const tell = (outcome: RemindNowOutcome) =>
    services.messenger.sendToPerson(manager, {
      text:
        outcome.kind === 'sent'
          ? texts.reminderSent(outcome.performerName)
          : outcome.kind === 'failed'
            ? texts.reminderFailed(outcome.performerName, outcome.reason)
            : texts.reminderUnknown,
    });
  void prepared
    .send()
    .then(tell)
    .catch((error: unknown) =>
      services.logger.error(
        { err: error, occasionId: data.occasionId },
        'Påminn nu: sending the reminder failed after the card was answered; the manager can press the button again.',
      ),
    );
  return { card: await digestCard(prepared.planId, texts.reminderSending(prepared.performerName)) };

  async function digestCard(planId: string, notice: string): Promise<AdaptiveCardJson> {
    const stored = await services.plans.findById(planId);
    const today = localDateOf(at, services.config.timeZone);
    const period = digestPeriodOf('', today);
    const digest =
      stored && period
        ? (await computeManagerDigests(services.digests, stored.plan, period, today)).find(
            (d) => d.person.aadObjectId === info.aadObjectId,
          )
        : undefined;
    return digest
      ? withNotice(renderManagerDigest({ locale: info.locale, digest }), notice)
      : renderErrorCard({ locale: info.locale, title: notice, message: notice });
  }
};

/** The card with a line at the top saying what just happened. */
function withNotice(card: AdaptiveCardJson, text: string): AdaptiveCardJson {
  const body = Array.isArray(card.body) ? card.body : [];
  return { ...card, body: [{ type: 'TextBlock', text, wrap: true, weight: 'Bolder' }, ...body] };
}
