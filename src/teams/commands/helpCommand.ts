import { messagesFor } from '../../i18n/messages';
import type { Command } from './Command';

export const helpCommand: Command = {
  name: 'help',
  pattern: /^(hjälp|hjalp|help|\?|start|hej|hello|hi)$/i,
  withoutDatabase: true,
  run: async ({ context, info }) => {
    await context.sendActivity(messagesFor(info.locale).help);
  },
};
