/** The templates in cards/ about reaching people (the administrators' people check), by file name. */
export const PEOPLE_CARD_NAMES = ['peopleCheck'] as const;

export type PeopleCardName = (typeof PEOPLE_CARD_NAMES)[number];
