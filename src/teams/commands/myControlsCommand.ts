import { CardFactory } from 'botbuilder';
import { renderMyControls } from '../../cards/renderMyControls';
import { controlIndex } from '../../domain/plan/controlIndex';
import { localDateOf } from '../../domain/schedule/localDateOf';
import { myControls } from '../../usecases/myControls';
import type { Command } from './Command';

/**
 * "mina kontroller" / "my controls": the person's open and overdue controls as a card, numbered
 * in due-date order so that "kontroll 2" opens the second; each has a button that opens its card.
 */
export const myControlsCommand: Command = {
  name: 'my controls',
  pattern: /^(mina kontroller|my controls)$/i,
  run: async ({ context, info, services }) => {
    const now = services.now();
    const controls = info.aadObjectId
      ? await myControls(services, info.aadObjectId, now, services.config.timeZone)
      : [];
    const card = renderMyControls({
      locale: info.locale,
      today: localDateOf(now, services.config.timeZone),
      occasions: controls.map(({ plan, occasion }, index) => ({
        occasionId: occasion.id,
        title: `${index + 1}. ${controlIndex(plan).get(occasion.controlId)?.control.title ?? occasion.controlId}`,
        unitName: plan.units.find((unit) => unit.id === occasion.unitId)?.name ?? occasion.unitId,
        period: { key: occasion.period.key },
        dueDate: occasion.dueDate,
      })),
    });
    await context.sendActivity({ attachments: [CardFactory.adaptiveCard(card)] });
  },
};
