import { CardFactory } from 'botbuilder';
import { digestPeriodOf } from '../../domain/digests/digestPeriodOf';
import { localDateOf } from '../../domain/schedule/localDateOf';
import { renderLeadershipDigest } from '../../cards/renderLeadershipDigest';
import { reportWindowOf } from '../../domain/reporting/reportWindowOf';
import { digestMessagesFor } from '../../i18n/digestMessages';
import { yearEndMessagesFor } from '../../i18n/yearEndMessages';
import { computeLeadershipDigest } from '../../usecases/computeLeadershipDigest';
import { plansForDigest } from '../../usecases/plansForDigest';
import type { Command } from './Command';

const INTERIM = /^(?:del[aå]r|interim)$/i;

/**
 * `status`, `status 2025`, `status 2025-06`, `status Q2`, `status delår [2025]`: the leadership
 * digest on demand, in a channel or chat; delår counts the occasions due by the plan's interim cut-off.
 */
export const statusCommand: Command = {
  name: 'status',
  pattern: /^(?:status|läget|laget)(?:\s+(\S+))?(?:\s+(\d{4}))?$/i,
  run: async ({ context, info, match, services }) => {
    const texts = digestMessagesFor(info.locale);
    const today = localDateOf(services.now(), services.config.timeZone);
    if (INTERIM.test(match[1] ?? '')) {
      const year = Number(match[2] ?? today.slice(0, 4));
      const plans = await services.plans.findByYear(year);
      if (plans.length === 0) {
        await context.sendActivity(texts.noPlan(String(year)));
        return;
      }
      for (const { plan } of plans) {
        const window = reportWindowOf(plan, year, 'interim');
        if (!window.ok) {
          await context.sendActivity(yearEndMessagesFor(info.locale).reportOption(window, plan.id, year));
          continue;
        }
        const period = { key: `${year}-DELAR`, from: window.window.from, to: window.window.to };
        const computed = await computeLeadershipDigest(services.digests, plan, period, today);
        const card = renderLeadershipDigest({ locale: info.locale, ...computed });
        await context.sendActivity({ attachments: [CardFactory.adaptiveCard(card)] });
      }
      return;
    }
    if (match[2] !== undefined) {
      await context.sendActivity(texts.badPeriod(`${match[1]} ${match[2]}`));
      return;
    }
    const period = digestPeriodOf(match[1] ?? '', today);
    if (!period) {
      await context.sendActivity(texts.badPeriod(match[1] ?? ''));
      return;
    }
    const year = period.key.slice(0, 4);
    // No argument: the plans a weekly digest covers today (in January last year's plan too).
    const plans = match[1]
      ? await services.plans.findByYear(Number(year))
      : await plansForDigest(services.plans, today);
    if (plans.length === 0) {
      await context.sendActivity(texts.noPlan(year));
      return;
    }
    for (const { plan } of plans) {
      const computed = await computeLeadershipDigest(services.digests, plan, period, today);
      const card = renderLeadershipDigest({ locale: info.locale, ...computed });
      await context.sendActivity({ attachments: [CardFactory.adaptiveCard(card)] });
    }
  },
};
