import { cardStrings } from '../i18n/cards';
import type { AdaptiveCardJson } from './AdaptiveCardJson';
import type { ErrorCardData, ErrorCardView } from './ErrorCardData';
import { expandTemplate } from './expandTemplate';
import { fill } from './fill';

/** A generic error card that says what to do next. */
export function renderErrorCard(data: ErrorCardData): AdaptiveCardJson {
  return expandTemplate('errorCard', errorCardView(data));
}

export function errorCardView(data: ErrorCardData): ErrorCardView {
  const t = cardStrings(data.locale);
  return {
    t,
    title: data.title ?? t.errorTitle,
    message: data.message,
    nextStep: data.nextStep ?? '',
    hasNextStep: Boolean(data.nextStep),
    referenceText: data.reference ? fill(t.errorReference, { reference: data.reference }) : '',
    hasReference: Boolean(data.reference),
    hasRetry: data.retry !== undefined,
    retryTitle: data.retry?.title ?? '',
    retryVerb: data.retry?.verb ?? '',
    retryData: { ...(data.retry?.data ?? {}) },
  };
}
