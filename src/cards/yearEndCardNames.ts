/** The year-end templates in cards/ (the verdict per risk area), by file name without .json. */
export const YEAR_END_CARD_NAMES = ['verdictCard'] as const;

export type YearEndCardName = (typeof YEAR_END_CARD_NAMES)[number];
