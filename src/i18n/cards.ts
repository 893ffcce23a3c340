import type { Locale } from '../domain/plan/types';
import { cardsEn } from './cards.en';
import { cardsSv, type CardStrings } from './cards.sv';

export type { CardStringKey, CardStrings } from './cards.sv';

const CARD_STRINGS: Readonly<Record<Locale, CardStrings>> = { sv: cardsSv, en: cardsEn };

/** The card texts in the user's language. */
export function cardStrings(locale: Locale): CardStrings {
  return CARD_STRINGS[locale];
}
