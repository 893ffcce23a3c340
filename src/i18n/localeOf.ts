import type { Locale } from '../domain/plan/types';

/** Swedish first: English only when the Teams client says the user's locale is English. */
export function localeOf(teamsLocale: string | undefined | null): Locale {
  return teamsLocale && /^en\b/i.test(teamsLocale) ? 'en' : 'sv';
}
