import type { CardActionHandler } from './CardAction';
import { controlNotFoundCard, loadControl, openControlCard } from './openControlCard';

/**
 * markNotApplicable {occasionId, version}: switches the card to the "not applicable this period"
 * form (reason required). Saves nothing; submitting that form is a submitResult. From an amendment
 * card (version > 0) the form amends the stored result.
 */
export const markNotApplicableAction: CardActionHandler = async ({ context, info, data, services }) => {
  const loaded = await loadControl(services, data.occasionId);
  if (!loaded) return { card: controlNotFoundCard(info) };
  const amend = Number(data.version) > 0;
  const { card } = await openControlCard(context, info, services, loaded, {
    amend,
    mode: 'notApplicable',
    // The reason form starts empty; an amendment keeps the stored reason and comment.
    entered: amend ? undefined : {},
  });
  return { card };
};
