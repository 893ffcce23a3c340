/** The digest templates in cards/ (kept apart from CARD_NAMES: their charts need a fallback check of their own). */
export const DIGEST_CARD_NAMES = ['leadershipDigest', 'managerDigest'] as const;

export type DigestCardName = (typeof DIGEST_CARD_NAMES)[number];
