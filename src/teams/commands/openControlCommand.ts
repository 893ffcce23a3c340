import { CardFactory } from 'botbuilder';
import { messagesFor } from '../../i18n/messages';
import { myControls } from '../../usecases/myControls';
import { myControlsFind } from '../../usecases/myControlsFind';
import { loadControl, openControlCard } from '../cardActions/openControlCard';
import type { Command } from './Command';

/**
 * "kontroll <nr>" / "control <no>": opens one control's card. The reference is the number in the
 * "mina kontroller" list, the full occasion id, or an unambiguous end of the id among the
 * person's own controls (e.g. "K1/ifo/2025-06").
 */
export const openControlCommand: Command = {
  name: 'control',
  pattern: /^(?:kontroll|control)\s+(\S.{0,299})$/i,
  run: async ({ context, info, match, services }) => {
    const texts = messagesFor(info.locale).controls;
    const reference = match[1].trim();
    let loaded = await loadControl(services, reference);
    if (!loaded && info.aadObjectId) {
      const mine = await myControls(services, info.aadObjectId, services.now(), services.config.timeZone);
      const found = myControlsFind(mine, reference);
      if ('ambiguous' in found) {
        const ids = found.ambiguous.slice(0, 5).map((control) => control.occasion.id);
        await context.sendActivity(texts.referenceAmbiguous(reference, ids));
        return;
      }
      if ('found' in found) loaded = { plan: found.found.plan, occasion: found.found.occasion };
    }
    if (!loaded) {
      await context.sendActivity(texts.referenceUnknown(reference.slice(0, 80)));
      return;
    }
    const { card } = await openControlCard(context, info, services, loaded);
    await context.sendActivity({ attachments: [CardFactory.adaptiveCard(card)] });
  },
};
