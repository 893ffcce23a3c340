import { messagesFor } from '../../i18n/messages';
import type { CardActionHandler } from './CardAction';
import { controlNotFoundCard, loadControl, openControlCard } from './openControlCard';

/**
 * amendResult {occasionId, version}: the control card filled in with the stored result, for the
 * submitter or the responsible manager while the plan is open; anyone else gets the current
 * summary with a line saying who may amend.
 */
export const amendResultAction: CardActionHandler = async ({ context, info, data, services }) => {
  const loaded = await loadControl(services, data.occasionId);
  if (!loaded) return { card: controlNotFoundCard(info) };
  const opened = await openControlCard(context, info, services, loaded, { amend: true });
  if (opened.state.card === 'control') return { card: opened.card };
  const { card } = await openControlCard(context, info, services, loaded, {
    notice: messagesFor(info.locale).controls.cannotAmend,
  });
  return { card };
};
