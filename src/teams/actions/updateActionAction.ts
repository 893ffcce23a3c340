import { actionTexts } from '../../i18n/actionTexts';
import { updateAction } from '../../usecases/actions/updateAction';
import type { CardActionHandler } from '../cardActions/CardAction';
import { actionRefusalCard } from './actionRefusalCard';
import { openActionCard } from './openActionCard';

const INPUTS = ['status', 'comment', 'reason', 'periodLabel', 'audience', 'carriedOverTo'] as const;

/** Text inputs as sent, for keeping them on the card when they cannot be stored. */
export function enteredOf(data: Record<string, unknown>, ids: readonly string[]): Record<string, string> {
  const entered: Record<string, string> = {};
  for (const id of ids)
    if (typeof data[id] === 'string' || typeof data[id] === 'number') entered[id] = String(data[id]);
  return entered;
}

/**
 * updateAction {actionId, entries} + status, comment, reason, periodLabel, audience, carriedOverTo:
 * the owner's checkpoint report. Invalid input or a stale card comes back with everything entered
 * kept and the problems listed; a stored report answers with the refreshed card.
 */
export const updateActionAction: CardActionHandler = async ({ context, info, data, services }) => {
  const t = actionTexts(info.locale);
  const entered = enteredOf(data, INPUTS);
  const outcome = await updateAction(services, {
    actionId: typeof data.actionId === 'string' ? data.actionId : '',
    cardEntries: data.entries,
    fields: entered,
    actor: { aadObjectId: info.aadObjectId ?? '', name: info.userName ?? info.aadObjectId ?? '' },
    admins: services.config.admins,
    now: services.now(),
    timeZone: services.config.timeZone,
  });
  switch (outcome.kind) {
    case 'notFound':
    case 'notAllowed':
    case 'invalid':
    case 'stale':
      return { card: await actionRefusalCard(context, info, services, outcome, entered) };
    case 'saved':
    case 'duplicate':
      services.logger.info({ actionId: outcome.action.id, outcome: outcome.kind }, 'Action progress stored.');
      return { card: await openActionCard(context, info, services, outcome, { notice: t.saved }) };
  }
};
