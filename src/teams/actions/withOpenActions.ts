import type { AdaptiveCardJson } from '../../cards/AdaptiveCardJson';
import { actionStatusLabel, isClosedStatus } from '../../domain/actions/actionStatuses';
import { currentStateOf } from '../../domain/actions/currentStateOf';
import type { Action } from '../../domain/actions/types';
import type { Locale } from '../../domain/plan/types';
import { actionTexts } from '../../i18n/actionTexts';

/**
 * The control card with the open actions its deviation created (or proposed again) at the end of
 * its body, each with a button that opens the action card. Closed actions are left out.
 */
export function withOpenActions(
  card: AdaptiveCardJson,
  actions: readonly Action[],
  locale: Locale,
): AdaptiveCardJson {
  const t = actionTexts(locale);
  const open = actions.filter((action) => !isClosedStatus(currentStateOf(action).status));
  if (open.length === 0) return card;
  const body = Array.isArray(card.body) ? card.body : [];
  const blocks = open.map((action) => {
    const current = currentStateOf(action);
    return {
      type: 'Container',
      separator: true,
      spacing: 'Medium',
      items: [
        {
          type: 'TextBlock',
          text: t.controlCardOpenAction(
            action.text,
            actionStatusLabel(current.status, locale, current.carriedOverTo),
          ),
          wrap: true,
          weight: 'Bolder',
        },
        {
          type: 'ActionSet',
          actions: [
            { type: 'Action.Execute', verb: 'openAction', title: t.open, data: { actionId: action.id } },
          ],
        },
      ],
    };
  });
  return { ...card, body: [...body, ...blocks] };
}
