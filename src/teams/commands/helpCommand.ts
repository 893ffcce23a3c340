import { messagesFor } from '../../i18n/messages';
import type { Command } from './Command';

export const helpCommand: Command = {
  name: 'help',
  pattern: /^(hjälp|hjalp|help|\?|start|hej|hello|hi)$/i,
  withoutDatabase: true,
  run: async ({ context, info }) => {
    const texts = messagesFor(info.locale);
    await context.sendActivity(info.kind === 'personal' ? texts.help : texts.helpChannel);
  },
};
