import { formatDateTime } from '../../cards/formatDateTime';
import { FIELD } from '../../domain/results/fieldIds';
import { messagesFor } from '../../i18n/messages';
import { submitResult } from '../../usecases/submitResult';
import type { CardActionHandler } from './CardAction';
import { controlNotFoundCard, openControlCard } from './openControlCard';

/**
 * submitResult {occasionId, version} + the card's inputs. Validated on the server (cards can be
 * forged); on errors the same card comes back with the entries kept and a message by each bad
 * field. Stored → the read-only summary "Registrerad av …" that refreshes for performer,
 * substitute and responsible. A repeat stores nothing more; a lost race shows the winner's result.
 */
export const submitResultAction: CardActionHandler = async ({ context, info, data, services }) => {
  const { occasionId, version, ...fields } = data;
  const texts = messagesFor(info.locale).controls;
  const outcome = await submitResult(services, {
    occasionId: typeof occasionId === 'string' ? occasionId : '',
    cardVersion: version,
    fields,
    actor: { aadObjectId: info.aadObjectId ?? '', name: info.userName ?? info.aadObjectId ?? '' },
    locale: info.locale,
    now: services.now(),
    timeZone: services.config.timeZone,
  });
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
