import { localDateOf } from '../../domain/schedule/localDateOf';
import { reminderTexts } from '../../i18n/reminders';
import { managesReminderUnit } from '../../usecases/managesReminderUnit';
import type { Command } from './Command';
import { commandDateOrReply } from './parseCommandDate';

/**
 * "pausa IFO till 2025-08-15" / "pause IFO until 2025-08-15": no reminders for the unit (and the
 * units under it) through that date, e.g. closed for summer. For the unit's responsible manager or
 * an administrator.
 */
export const pauseCommand: Command = {
  name: 'pause',
  pattern: /^(?:pausa|pause)\s+(.+?)\s+(?:till|until|to)\s+(\S+)$/i,
  run: async ({ context, info, match, services }) => {
    const t = reminderTexts(info.locale);
    const today = localDateOf(services.now(), services.config.timeZone);
    const until = await commandDateOrReply(context, match[2], today, t);
    if (!until) return;
    const wanted = match[1].trim().toLowerCase();
    const year = Number(today.slice(0, 4));
    const plans = (await services.plans.list())
      .map((stored) => stored.plan)
      .filter((plan) => plan.year >= year - 1);
    const found = plans.flatMap((plan) =>
      plan.units
        .filter((u) => u.id.toLowerCase() === wanted || u.name.toLowerCase() === wanted)
        .map((unit) => ({ plan, unit })),
    );
    if (found.length === 0) {
      await context.sendActivity(t.unitNotFound(match[1].trim()));
      return;
    }
    const sender = info.aadObjectId ?? '';
    const isAdmin = services.config.admins.includes(sender);
    const mine = found.filter(({ plan, unit }) => isAdmin || managesReminderUnit(plan, sender, unit.id));
    if (mine.length === 0) {
      await context.sendActivity(t.notManager(found[0].unit.name));
      return;
    }
    for (const { plan, unit } of mine) {
      await services.absences.setPause(
        { planId: plan.id, unitId: unit.id, until: until, setBy: sender },
        services.now(),
      );
    }
    await context.sendActivity(t.paused(mine[0].unit.name, until));
  },
};
