import { CardFactory } from 'botbuilder';
import type { Command } from './Command';
import { myControlsCard } from './myControlsCard';

/**
 * "mina kontroller" / "my controls": the person's open and overdue controls as a card, numbered
 * in due-date order so that "kontroll 2" opens the second; each has a button that opens its card.
 */
export const myControlsCommand: Command = {
  name: 'my controls',
  pattern: /^(mina kontroller|my controls)$/i,
  run: async ({ context, info, services }) => {
    const card = await myControlsCard(services, info);
    await context.sendActivity({ attachments: [CardFactory.adaptiveCard(card)] });
  },
};
