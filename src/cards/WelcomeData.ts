import type { Locale } from '../domain/plan/types';
import type { CardStrings } from '../i18n/cards';

/** The greeting and help (cards/welcome.json); no actions. */
export interface WelcomeData {
  locale: Locale;
  /** First name or display name; the greeting is neutral without it. */
  name?: string;
}

export interface WelcomeView {
  t: CardStrings;
  greeting: string;
  commands: Array<{ command: string; description: string }>;
}
