import { loadAction } from '../../usecases/actions/updateAction';
import type { CardActionHandler } from '../cardActions/CardAction';
import { actionNotFoundCard, openActionCard } from './openActionCard';

/**
 * openAction {actionId} (from "mina åtgärder" and reminders) and refreshAction {actionId} (the
 * card's automatic refresh): the action card in its current state for whoever opens it.
 */
export const openActionAction: CardActionHandler = async ({ context, info, data, services }) => {
  const loaded = await loadAction(services, data.actionId, info.aadObjectId ?? '', services.config.admins);
  if (!loaded) return { card: actionNotFoundCard(info) };
  return { card: await openActionCard(context, info, services, loaded) };
};
