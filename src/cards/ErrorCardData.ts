import type { Locale } from '../domain/plan/types';
import type { CardStrings } from '../i18n/cards';

/**
 * A generic error (cards/errorCard.json): what went wrong and what to do next. With `retry`, one
 * Action.Execute button (its verb and data as given, e.g. refreshCard {occasionId}).
 */
export interface ErrorCardData {
  locale: Locale;
  /** Defaults to "Något gick fel" / "Something went wrong". */
  title?: string;
  message: string;
  nextStep?: string;
  /** A correlation id to quote to support. */
  reference?: string;
  retry?: { title: string; verb: string; data: Readonly<Record<string, string | number | boolean>> };
}

export interface ErrorCardView {
  t: CardStrings;
  title: string;
  message: string;
  nextStep: string;
  hasNextStep: boolean;
  referenceText: string;
  hasReference: boolean;
  hasRetry: boolean;
  retryTitle: string;
  retryVerb: string;
  retryData: Record<string, string | number | boolean>;
}
