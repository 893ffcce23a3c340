import { CardFactory } from 'botbuilder';
import { renderPeopleCheck } from '../../cards/people/renderPeopleCheck';
import { peopleCheckTexts } from '../../i18n/peopleMessages';
import { checkPeople } from '../../usecases/people/checkPeople';
import { selectStoredPlan } from '../../usecases/selectStoredPlan';
import type { Command } from './Command';

/** "personer [plan-id]" / "people [plan-id]" (administrators): who ikbot can reach in Teams, and why not. */
export const peopleCommand: Command = {
  name: 'people',
  pattern: /^(personer|people)(?:\s+(\S+))?$/i,
  run: async ({ context, info, match, services }) => {
    const t = peopleCheckTexts[info.locale];
    if (!info.aadObjectId || !services.config.admins.includes(info.aadObjectId)) {
      await context.sendActivity(t.notAdmin);
      return;
    }
    const currentYear = Number(
      services.now().toLocaleDateString('sv-SE', { timeZone: services.config.timeZone }).slice(0, 4),
    );
    const choice = await selectStoredPlan(services.plans, { planId: match[2], currentYear });
    if (!choice.found) {
      await context.sendActivity(
        choice.reason === 'noPlan' ? t.noPlan : t.choosePlan.replace('{ids}', choice.candidates.join(', ')),
      );
      return;
    }
    const reaches = await checkPeople(choice.stored.plan, services);
    const card = renderPeopleCheck({ locale: info.locale, planId: choice.stored.plan.id, reaches });
    await context.sendActivity({ attachments: [CardFactory.adaptiveCard(card)] });
  },
};
