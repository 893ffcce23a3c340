import { formatDateTime } from '../../cards/formatDateTime';
import { FIELD } from '../../domain/results/fieldIds';
import { messagesFor } from '../../i18n/messages';
import { performerTexts } from '../../i18n/performerTexts';
import { renderErrorCard } from '../../cards/renderErrorCard';
import { submitResult, type SubmitResultOutcome } from '../../usecases/submitResult';
import type { TurnInfo } from '../turnInfo';
import type { CardActionHandler } from './CardAction';
import { controlNotFoundCard, openControlCard } from './openControlCard';
import { submitResultRetry } from './submitResultRetry';

/**
 * submitResult {occasionId, version} + the card's inputs. Validated on the server (cards can be
 * forged); on errors the same card comes back with the entries kept and a message by each bad
 * field. Stored → the read-only summary "Registrerad av …" that refreshes for performer,
 * substitute and responsible. A repeat stores nothing more; a lost race shows the winner's result.
 */
export const submitResultAction: CardActionHandler = async ({ context, info, data, services }) => {
  const { occasionId, version, ...fields } = data;
  const texts = messagesFor(info.locale).controls;
  const now = services.now();
  let outcome: SubmitResultOutcome;
  try {
    outcome = await submitResultRetry(() =>
      submitResult(services, {
        occasionId: typeof occasionId === 'string' ? occasionId : '',
        cardVersion: version,
        fields,
        actor: { aadObjectId: info.aadObjectId ?? '', name: info.userName ?? info.aadObjectId ?? '' },
        locale: info.locale,
        now,
        timeZone: services.config.timeZone,
      }),
    );
  } catch (error) {
    services.logger.error(
      { err: error, occasionId },
      'Storing a control result failed; the person was asked to send again (a repeat is safe). Check that the database is up and not overloaded.',
    );
    return { card: submitFailedCard(info, data) };
  }
  switch (outcome.kind) {
    case 'notFound':
      return { card: controlNotFoundCard(info) };
    case 'invalid': {
      const { card } = await openControlCard(context, info, services, outcome, {
        amend: outcome.occasion.version > 0,
        mode: outcome.entered[FIELD.notApplicable] === 'true' ? 'notApplicable' : undefined,
        entered: outcome.entered,
        errors: outcome.errors,
      });
      return { card };
    }
    case 'notAllowed': {
      const amending = outcome.role !== 'none' && outcome.occasion.result !== undefined;
      const { card } = await openControlCard(context, info, services, outcome, {
        notice: amending ? texts.cannotAmend : undefined,
      });
      return { card };
    }
    case 'conflict': {
      const winner = outcome.occasion.result;
      const notice = winner
        ? texts.conflict(
            winner.submittedBy.name,
            formatDateTime(winner.submittedAt, services.config.timeZone),
          )
        : undefined;
      const { card } = await openControlCard(context, info, services, outcome, { notice });
      return { card };
    }
    case 'partSaved': {
      const roleName = (roleId: string) => {
        const role = outcome.plan.roles.find((candidate) => candidate.id === roleId);
        return (info.locale === 'en' ? role?.nameEn : undefined) ?? role?.name ?? roleId;
      };
      const { card } = await openControlCard(context, info, services, outcome, {
        notice: performerTexts(info.locale).partSaved(outcome.missing.map(roleName).join(', ')),
        entered: Object.fromEntries(
          Object.entries(fields).filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
        ),
      });
      return { card };
    }
    case 'saved':
    case 'duplicate': {
      services.logger.info(
        { occasionId: outcome.occasion.id, version: outcome.occasion.version, outcome: outcome.kind },
        outcome.kind === 'saved'
          ? 'Control result stored.'
          : 'Repeated submission; the stored result stands.',
      );
      const { card } = await openControlCard(context, info, services, outcome);
      return { card };
    }
  }
};

/** Storage failed: say so, and offer to send the same answer again (the entries travel in the retry's data). */
function submitFailedCard(info: TurnInfo, data: Record<string, unknown>) {
  const retryData: Record<string, string | number | boolean> = {};
  for (const [key, value] of Object.entries(data)) {
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
      retryData[key] = value;
  }
  return renderErrorCard({
    locale: info.locale,
    message: messagesFor(info.locale).somethingWentWrong,
    retry: {
      title: info.locale === 'en' ? 'Send again' : 'Skicka igen',
      verb: 'submitResult',
      data: retryData,
    },
  });
}
