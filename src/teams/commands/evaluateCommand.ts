import { CardFactory } from 'botbuilder';
import { renderVerdictCard } from '../../cards/renderVerdictCard';
import { localDateOf } from '../../domain/schedule/localDateOf';
import { reportMessagesFor } from '../../i18n/reportMessages';
import { yearEndMessagesFor } from '../../i18n/yearEndMessages';
import { verdictCardsFor } from '../../usecases/verdicts/verdictCardsFor';
import { reportPortsOf } from '../reports/reportPortsOf';
import type { Command } from './Command';

/**
 * `utvärdering 2025` / `evaluate 2025`: one verdict card per risk area the sender may assess
 * (administrators: all; a responsible manager: their areas), with what the year's results say.
 */
export const evaluateCommand: Command = {
  name: 'utvärdering',
  pattern: /^(?:utvärdering|utvardering|utvärdera|utvardera|evaluate|evaluation)(?:\s+(\S+))?$/i,
  run: async ({ context, info, match, services }) => {
    const texts = yearEndMessagesFor(info.locale);
    if (match[1] !== undefined && !/^\d{4}$/.test(match[1])) {
      await context.sendActivity(reportMessagesFor(info.locale).badYear(match[1].slice(0, 40)));
      return;
    }
    const year = match[1]
      ? Number(match[1])
      : Number(localDateOf(services.now(), services.config.timeZone).slice(0, 4));
    const stored = await services.plans.findByYear(year);
    if (stored.length === 0) {
      await context.sendActivity(reportMessagesFor(info.locale).noPlan(year));
      return;
    }
    const viewer = {
      isAdmin: Boolean(info.aadObjectId && services.config.admins.includes(info.aadObjectId)),
      locale: info.locale,
      timeZone: services.config.timeZone,
      ...(info.aadObjectId ? { aadObjectId: info.aadObjectId } : {}),
    };
    const cards = [];
    for (const { plan } of stored)
      cards.push(...(await verdictCardsFor(reportPortsOf(services), plan, viewer)));
    if (cards.length === 0) {
      await context.sendActivity(texts.verdictNoAreas(year));
      return;
    }
    await context.sendActivity(texts.verdictCardsSent(cards.length, year));
    for (const card of cards) {
      await context.sendActivity({ attachments: [CardFactory.adaptiveCard(renderVerdictCard(card))] });
    }
  },
};
