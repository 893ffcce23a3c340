import type { CardActionHandler } from './CardAction';
import { controlNotFoundCard, loadControl, openControlCard } from './openControlCard';

/**
 * refreshCard {occasionId}: Universal Actions' automatic refresh (and the Back button). Whoever
 * opens an old copy gets the current state: the editable card while the occasion is open and they
 * may submit, the read-only summary once it is answered, the not-assigned card for anyone else.
 */
export const refreshCardAction: CardActionHandler = async ({ context, info, data, services }) => {
  const loaded = await loadControl(services, data.occasionId);
  if (!loaded) return { card: controlNotFoundCard(info) };
  const { card } = await openControlCard(context, info, services, loaded);
  return { card };
};
