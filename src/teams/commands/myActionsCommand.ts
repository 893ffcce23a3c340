import { CardFactory } from 'botbuilder';
import { renderMyActions } from '../../cards/actions/renderMyActions';
import { localDateOf } from '../../domain/schedule/localDateOf';
import { myActions } from '../../usecases/actions/myActions';
import { reminderPolicyOf } from '../../usecases/reminderPolicyOf';
import type { Command } from './Command';

/** "mina åtgärder" / "my actions": the person's open actions as a card, each with a button that opens it. */
export const myActionsCommand: Command = {
  name: 'my actions',
  pattern: /^(mina åtgärder|mina atgarder|my actions)$/i,
  run: async ({ context, info, services }) => {
    const now = services.now();
    const today = localDateOf(now, services.config.timeZone);
    const found = info.aadObjectId
      ? await myActions(services, info.aadObjectId, {
          now,
          today,
          locale: info.locale,
          policy: reminderPolicyOf(services.config),
        })
      : [];
    const card = renderMyActions({ locale: info.locale, items: found.map(({ item }) => item) });
    await context.sendActivity({ attachments: [CardFactory.adaptiveCard(card)] });
  },
};
