import { CardFactory } from 'botbuilder';
import { localDateOf } from '../../domain/schedule/localDateOf';
import { occasionsOf } from '../../domain/schedule/occasionsOf';
import { occasionsPerMonth } from '../../domain/schedule/occasionsPerMonth';
import { planImportMessagesFor } from '../../i18n/planImportMessages';
import { planWarnings } from '../../usecases/planWarnings';
import type { StoredPlan } from '../../domain/ports/PlanRepository';
import { planSummaryCard } from '../planUpload/planSummaryCard';
import type { Command } from './Command';

/** "plan" / "plan 2025": the current (or that year's) plan summary, without import buttons, for anyone. */
export const planCommand: Command = {
  name: 'plan',
  pattern: /^(?:plan|planen)(?:\s+(\d{4}))?$/i,
  run: async ({ context, info, match, services }) => {
    const texts = planImportMessagesFor(info.locale);
    const year = match[1] ? Number(match[1]) : undefined;
    let shown: StoredPlan[];
    if (year !== undefined) {
      shown = await services.plans.findByYear(year);
    } else {
      const all = await services.plans.list();
      const currentYear = Number(localDateOf(services.now(), services.config.timeZone).slice(0, 4));
      const current = all.filter((stored) => stored.plan.year === currentYear);
      // No plan for this year yet: the newest year's plans stand in (list() is newest first).
      shown = current.length > 0 ? current : all.filter((stored) => stored.plan.year === all[0]?.plan.year);
    }
    if (shown.length === 0) {
      await context.sendActivity(texts.noPlan(year));
      return;
    }
    const attachments = shown.map(({ plan }) =>
      CardFactory.adaptiveCard(
        planSummaryCard({
          plan,
          locale: info.locale,
          occasionsPerMonth: occasionsPerMonth(occasionsOf(plan), plan.year),
          warnings: planWarnings(plan),
        }),
      ),
    );
    await context.sendActivity({
      text: shown.length > 1 ? texts.severalPlans(shown[0].plan.year, shown.length) : undefined,
      attachments,
    });
  },
};
