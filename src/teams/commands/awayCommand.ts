import { localDateOf } from '../../domain/schedule/localDateOf';
import { reminderTexts } from '../../i18n/reminders';
import { managesReminderUnit } from '../../usecases/managesReminderUnit';
import type { Command } from './Command';
import { commandDateOrReply } from './parseCommandDate';

/**
 * "frånvarande till 2026-01-10" / "away until 2026-01-10": the substitute gets the person's reminders
 * through that date. A manager can set it for someone: "frånvarande Erik Olsson till 2026-01-10".
 */
export const awayCommand: Command = {
  name: 'away',
  pattern: /^(?:frånvarande|franvarande|away)(?:\s+(.+?))?\s+(?:till|until|to)\s+(\S+)$/i,
  run: async ({ context, info, match, services }) => {
    const t = reminderTexts(info.locale);
    const today = localDateOf(services.now(), services.config.timeZone);
    const until = await commandDateOrReply(context, match[2], today, t);
    if (!until) return;
    const sender = info.aadObjectId ?? '';
    const name = match[1]?.trim();
    let target = sender;
    if (name) {
      const plans = (await services.plans.list()).map((stored) => stored.plan);
      const found = plans.flatMap((plan) =>
        plan.people
          .filter((p) => p.name.toLowerCase() === name.toLowerCase() && p.aadObjectId)
          .map((person) => ({ plan, person })),
      );
      if (found.length === 0) {
        await context.sendActivity(t.personNotFound(name));
        return;
      }
      const isAdmin = services.config.admins.includes(sender);
      const allowed =
        isAdmin ||
        found.some(({ plan, person }) =>
          plan.assignments.some(
            (a) => a.personId === person.id && managesReminderUnit(plan, sender, a.unitId),
          ),
        );
      if (!allowed) {
        await context.sendActivity(t.notManager(found[0].person.name));
        return;
      }
      target = found[0].person.aadObjectId ?? '';
    }
    await services.absences.setAbsence({ aadObjectId: target, until: until, setBy: sender }, services.now());
    await context.sendActivity(t.awaySet(name, until));
  },
};
