import type { Locale } from '../domain/plan/types';
import { cardStrings, type CardStringKey } from '../i18n/cards';
import type { AdaptiveCardJson } from './AdaptiveCardJson';
import { expandTemplate } from './expandTemplate';
import { fill } from './fill';
import type { WelcomeData, WelcomeView } from './WelcomeData';

/** Command examples as typed in each language, with the text explaining each. */
const COMMANDS: Readonly<Record<Locale, ReadonlyArray<readonly [string, CardStringKey]>>> = {
  sv: [
    ['hjälp', 'cmdHelp'],
    ['mina kontroller', 'cmdMyControls'],
    ['påminnelser', 'cmdReminders'],
    ['plan', 'cmdPlan'],
    ['status', 'cmdStatus'],
    ['rapport 2025', 'cmdReport'],
    ['prenumerera', 'cmdSubscribe'],
    ['frånvarande', 'cmdAway'],
  ],
  en: [
    ['help', 'cmdHelp'],
    ['my controls', 'cmdMyControls'],
    ['reminders', 'cmdReminders'],
    ['plan', 'cmdPlan'],
    ['status', 'cmdStatus'],
    ['report 2025', 'cmdReport'],
    ['subscribe', 'cmdSubscribe'],
    ['away', 'cmdAway'],
  ],
};

/** Greeting and what ikbot can do, with commands to type. */
export function renderWelcome(data: WelcomeData): AdaptiveCardJson {
  return expandTemplate('welcome', welcomeView(data));
}

export function welcomeView(data: WelcomeData): WelcomeView {
  const t = cardStrings(data.locale);
  return {
    t,
    greeting: data.name ? fill(t.welcomeGreeting, { name: data.name }) : t.welcomeGreetingNoName,
    commands: COMMANDS[data.locale].map(([command, key]) => ({ command, description: t[key] })),
  };
}
