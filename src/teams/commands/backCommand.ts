import { reminderTexts } from '../../i18n/reminders';
import type { Command } from './Command';

/** "tillbaka" / "back": ends the person's absence, so their reminders come to them again. */
export const backCommand: Command = {
  name: 'back',
  pattern: /^(tillbaka|back)$/i,
  run: async ({ context, info, services }) => {
    const t = reminderTexts(info.locale);
    const cleared = await services.absences.clearAbsence(info.aadObjectId ?? '');
    await context.sendActivity(cleared ? t.awayCleared : t.awayNotSet);
  },
};
