import { localDateOf } from '../../domain/schedule/localDateOf';
import { reminderTexts } from '../../i18n/reminders';
import { reminderPolicyOf } from '../../usecases/reminderPolicyOf';
import { upcomingReminders } from '../../usecases/upcomingReminders';
import type { Command } from './Command';

/** "påminnelser" / "reminders": what the person will be reminded of next, and when. */
export const remindersCommand: Command = {
  name: 'reminders',
  pattern: /^(påminnelser|paminnelser|reminders)$/i,
  run: async ({ context, info, services }) => {
    const t = reminderTexts(info.locale);
    const today = localDateOf(services.now(), services.config.timeZone);
    const aadObjectId = info.aadObjectId ?? '';
    const [upcoming, absences] = await Promise.all([
      upcomingReminders(services, aadObjectId, today, reminderPolicyOf(services.config)),
      services.absences.absences(),
    ]);
    const away = absences.find((a) => a.aadObjectId === aadObjectId && a.until >= today);
    const lines = upcoming.map(
      (item) =>
        `- ${item.kind === 'actionNotice' ? t.upcomingActionLine({ ...item, title: item.actionText }) : t.upcomingLine({ ...item, title: item.controlTitle })}`,
    );
    const parts = [upcoming.length === 0 ? t.upcomingNone : [t.upcomingIntro, '', ...lines].join('\n')];
    if (away) parts.push(t.awayNow(away.until));
    await context.sendActivity(parts.join('\n\n'));
  },
};
