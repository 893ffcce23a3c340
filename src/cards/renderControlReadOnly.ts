import { cardStrings, type CardStringKey } from '../i18n/cards';
import type { AdaptiveCardJson } from './AdaptiveCardJson';
import { controlHeaderView } from './ControlHeader';
import type { ControlReadOnlyData, ControlReadOnlyView, ReadOnlyReason } from './ControlReadOnlyData';
import { expandTemplate } from './expandTemplate';
import { refreshView } from './refreshView';

const REASON_TEXT: Readonly<Record<ReadOnlyReason, CardStringKey>> = {
  notAssigned: 'readOnlyNotAssigned',
  planClosed: 'readOnlyPlanClosed',
  occasionClosed: 'readOnlyOccasionClosed',
};

/** A control shown to someone who may not submit its result, saying why. */
export function renderControlReadOnly(data: ControlReadOnlyData): AdaptiveCardJson {
  return expandTemplate('controlReadOnly', controlReadOnlyView(data));
}

export function controlReadOnlyView(data: ControlReadOnlyData): ControlReadOnlyView {
  const t = cardStrings(data.locale);
  return {
    t,
    occasionId: data.occasionId,
    header: controlHeaderView(data, data.locale, t),
    reasonText: t[REASON_TEXT[data.reason]],
    statusText: data.statusText ?? '',
    hasStatus: Boolean(data.statusText),
    ...refreshView(data.refreshUserIds),
  };
}
