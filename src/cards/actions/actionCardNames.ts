/** The action templates in cards/ (kept apart from CARD_NAMES, tested in test/actions/actionCards.test.ts). */
export const ACTION_CARD_NAMES = ['actionCard', 'myActions'] as const;

export type ActionCardName = (typeof ACTION_CARD_NAMES)[number];
