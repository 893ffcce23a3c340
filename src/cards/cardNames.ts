/** The templates in cards/, by file name without .json. */
export const CARD_NAMES = [
  'controlCard',
  'controlSummary',
  'controlReadOnly',
  'myControls',
  'welcome',
  'planSummary',
  'errorCard',
  'awayCard',
] as const;

export type CardName = (typeof CARD_NAMES)[number];
