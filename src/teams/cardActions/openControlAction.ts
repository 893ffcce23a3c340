import { CardFactory } from 'botbuilder';
import { myControlsCard } from '../commands/myControlsCard';
import type { CardActionHandler } from './CardAction';
import { controlNotFoundCard, loadControl, openControlCard } from './openControlCard';

/**
 * openControl {occasionId} from "mina kontroller": the control's card comes as a new message, and the
 * list the button was on stays a list (brought up to date), so the other controls can still be opened.
 */
export const openControlAction: CardActionHandler = async ({ context, info, data, services }) => {
  const loaded = await loadControl(services, data.occasionId);
  const control = loaded
    ? (await openControlCard(context, info, services, loaded)).card
    : controlNotFoundCard(info);
  await context.sendActivity({ attachments: [CardFactory.adaptiveCard(control)] });
  return { card: await myControlsCard(services, info) };
};
