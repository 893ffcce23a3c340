import { actionTexts } from '../../i18n/actionTexts';
import { manageAction } from '../../usecases/actions/manageAction';
import type { CardActionHandler } from '../cardActions/CardAction';
import { actionRefusalCard } from './actionRefusalCard';
import { openActionCard } from './openActionCard';
import { enteredOf } from './updateActionAction';

const INPUTS = ['newOwner', 'start', 'checkpoints', 'end', 'comment'] as const;

/** manageAction {actionId, entries} + newOwner, start, checkpoints, end: a manager reassigns or moves dates. */
export const manageActionAction: CardActionHandler = async ({ context, info, data, services }) => {
  const t = actionTexts(info.locale);
  const entered = enteredOf(data, INPUTS);
  const outcome = await manageAction(services, {
    actionId: typeof data.actionId === 'string' ? data.actionId : '',
    cardEntries: data.entries,
    owner: entered.newOwner,
    start: entered.start,
    checkpoints: entered.checkpoints,
    end: entered.end,
    comment: entered.comment,
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
    case 'unchanged':
      return { card: await openActionCard(context, info, services, outcome, { notice: t.unchanged }) };
    case 'saved':
      return { card: await openActionCard(context, info, services, outcome, { notice: t.saved }) };
  }
};
