import type { CardActionHandler } from './CardAction';
import { controlNotFoundCard, loadControl, openControlCard } from './openControlCard';

/** openControl {occasionId}: the control's card as the person should see it now (from "mina kontroller"). */
export const openControlAction: CardActionHandler = async ({ context, info, data, services }) => {
  const loaded = await loadControl(services, data.occasionId);
  if (!loaded) return { card: controlNotFoundCard(info) };
  const { card } = await openControlCard(context, info, services, loaded);
  return { card };
};
