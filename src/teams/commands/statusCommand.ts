import { CardFactory } from 'botbuilder';
import { digestPeriodOf } from '../../domain/digests/digestPeriodOf';
import { localDateOf } from '../../domain/schedule/localDateOf';
import { renderLeadershipDigest } from '../../cards/renderLeadershipDigest';
import { digestMessagesFor } from '../../i18n/digestMessages';
import { computeLeadershipDigest } from '../../usecases/computeLeadershipDigest';
import { plansForDigest } from '../../usecases/plansForDigest';
import type { Command } from './Command';

/** `status`, `status 2025`, `status 2025-06`, `status Q2`: the leadership digest on demand, in a channel or chat. */
export const statusCommand: Command = {
  name: 'status',
  pattern: /^(?:status|läget|laget)(?:\s+(\S+))?$/i,
  run: async ({ context, info, match, services }) => {
    const texts = digestMessagesFor(info.locale);
    const today = localDateOf(services.now(), services.config.timeZone);
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
