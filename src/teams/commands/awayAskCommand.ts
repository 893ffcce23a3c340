import { CardFactory } from 'botbuilder';
import { renderAwayCard } from '../../cards/renderAwayCard';
import { localDateOf } from '../../domain/schedule/localDateOf';
import { substitutesOf } from '../../usecases/substitutesOf';
import type { Command } from './Command';

/** "frånvarande" / "away" without a date (as the command menu sends it): a card asks for the end date. */
export const awayAskCommand: Command = {
  name: 'away (ask)',
  pattern: /^(?:frånvarande|franvarande|away)$/i,
  run: async ({ context, info, services }) => {
    const card = renderAwayCard({
      locale: info.locale,
      today: localDateOf(services.now(), services.config.timeZone),
      substitutes: await substitutesOf(services.plans, info.aadObjectId),
    });
    await context.sendActivity({ attachments: [CardFactory.adaptiveCard(card)] });
  },
};
