import type { Locale } from '../domain/plan/types';

/** Texts of reminder messages and of the reminder commands. Swedish first. */
export interface ReminderTexts {
  intro(count: number): string;
  line(item: { title: string; unitName: string; periodKey: string; dueDate: string }): string;
  kind: { notice: string; due: string; overdue: (days: number) => string };
  asSubstitute(performer: string): string;
  escalationIntro(count: number): string;
  escalationLine(item: {
    title: string;
    unitName: string;
    periodKey: string;
    dueDate: string;
    days: number;
    performer: string;
  }): string;
  unreachableIntro: string;
  unreachableLine(item: {
    title: string;
    unitName: string;
    periodKey: string;
    performer: string;
    code: string;
  }): string;
  /** An action's owner could not be reached (the manager's notice uses action wording). */
  unreachableActionIntro: string;
  unreachableActionLine(item: { title: string; unitName: string; performer: string; code: string }): string;
  /** An upcoming reminder before an action's checkpoint or end date. */
  upcomingActionLine(item: {
    date: string;
    title: string;
    unitName: string;
    followUpDate: string;
    isEnd: boolean;
  }): string;
  outro: string;
  managerOutro: string;
  unknownPerson: string;
  upcomingNone: string;
  upcomingIntro: string;
  upcomingLine(item: {
    date: string;
    kind: 'notice' | 'due' | 'overdue';
    title: string;
    unitName: string;
    periodKey: string;
  }): string;
  awayNow(until: string): string;
  awaySet(name: string | undefined, until: string): string;
  awayCleared: string;
  awayNotSet: string;
  badDate(text: string): string;
  pastDate(date: string): string;
  /** An end date more than a year ahead (MAX_DAYS_AHEAD); latest is the last date accepted. */
  farDate(date: string, latest: string): string;
  personNotFound(name: string): string;
  unitNotFound(name: string): string;
  notManager(what: string): string;
  paused(unit: string, until: string): string;
}

const sv: ReminderTexts = {
  intro: (count) =>
    count === 1
      ? 'Påminnelse från ikbot: en kontroll väntar på dig.'
      : `Påminnelse från ikbot: ${count} kontroller väntar på dig.`,
  line: ({ title, unitName, periodKey, dueDate }) =>
    `**${title}** – ${unitName}, ${periodKey}, sista dag ${dueDate}`,
  kind: {
    notice: 'snart dags',
    due: 'sista dag i dag',
    overdue: (days) => (days <= 1 ? 'försenad' : `försenad ${days} arbetsdagar`),
  },
  asSubstitute: (performer) => `du är ersättare för ${performer}`,
  escalationIntro: (count) =>
    count === 1
      ? 'Till ansvarig chef: en kontroll är försenad och saknar resultat.'
      : `Till ansvarig chef: ${count} kontroller är försenade och saknar resultat.`,
  escalationLine: ({ title, unitName, periodKey, dueDate, days, performer }) =>
    `**${title}** – ${unitName}, ${periodKey}: sista dag ${dueDate}, ${days === 1 ? '1 arbetsdag' : `${days} arbetsdagar`} sedan; utförare ${performer}`,
  unreachableIntro: 'Jag kunde inte nå den som ska göra följande kontroller i Teams:',
  unreachableLine: ({ title, unitName, periodKey, performer, code }) =>
    `**${title}** – ${unitName}, ${periodKey}: ${performer} (${code})`,
  unreachableActionIntro: 'Jag kunde inte nå den som äger följande åtgärder i Teams:',
  unreachableActionLine: ({ title, unitName, performer, code }) =>
    `**${title}** – ${unitName}: åtgärdsansvarig ${performer} (${code})`,
  upcomingActionLine: ({ date, title, unitName, followUpDate, isEnd }) =>
    `${date}: åtgärd – **${title}**, ${unitName}, ${isEnd ? 'slutdatum' : 'avstämning'} ${followUpDate}`,
  outro: 'Öppna en kontroll i kortet nedan och fyll i resultatet, eller skriv **mina kontroller**.',
  managerOutro:
    'Kontakta utföraren eller ersättaren, eller se till att ikbot är installerad för dem. Öppna en kontroll i kortet nedan för att se den.',
  unknownPerson: 'okänd utförare',
  upcomingNone:
    'Du har inga kommande påminnelser just nu. Skriv **mina kontroller** för att se dina öppna kontroller.',
  upcomingIntro: 'Dina kommande påminnelser:',
  upcomingLine: ({ date, kind, title, unitName, periodKey }) =>
    `${date}: ${{ notice: 'förvarning', due: 'sista dag', overdue: 'försenad' }[kind]} – **${title}**, ${unitName}, ${periodKey}`,
  awayNow: (until) =>
    `Du är markerad som frånvarande till och med ${until}; din ersättare får dina påminnelser. Skriv **tillbaka** när du är tillbaka.`,
  awaySet: (name, until) =>
    `${name ? `${name} är` : 'Du är'} markerad som frånvarande till och med ${until}. Ersättaren får påminnelserna under tiden; skriv **tillbaka** för att ta bort frånvaron tidigare.`,
  awayCleared: 'Välkommen tillbaka! Du får dina påminnelser igen.',
  awayNotSet:
    'Du var inte markerad som frånvarande. Skriv **frånvarande till 2026-01-10** för att lämna över påminnelserna till din ersättare.',
  badDate: (text) =>
    `”${text}” är inte ett datum jag förstår. Skriv datumet som ÅÅÅÅ-MM-DD, till exempel 2026-01-10.`,
  pastDate: (date) => `${date} har redan varit. Ange ett slutdatum från och med i dag.`,
  farDate: (date, latest) =>
    `${date} ligger mer än ett år fram. Ange ett slutdatum senast ${latest}; förläng när det närmar sig.`,
  personNotFound: (name) =>
    `Jag hittar ingen ”${name}” i internkontrollplanen. Skriv namnet som det står i planen.`,
  unitNotFound: (name) =>
    `Jag hittar ingen enhet ”${name}” i internkontrollplanen. Skriv enhetens namn eller id som det står i planen.`,
  notManager: (what) =>
    `Bara ansvarig chef för ${what} (eller en administratör) kan göra det. Kontakta kvalitetssamordnaren om det är fel.`,
  paused: (unit, until) =>
    `Påminnelserna för ${unit} är pausade till och med ${until}. Det som blir aktuellt under pausen skickas dagen efter, en gång.`,
};

const en: ReminderTexts = {
  intro: (count) =>
    count === 1
      ? 'Reminder from ikbot: one control is waiting for you.'
      : `Reminder from ikbot: ${count} controls are waiting for you.`,
  line: ({ title, unitName, periodKey, dueDate }) =>
    `**${title}** – ${unitName}, ${periodKey}, due ${dueDate}`,
  kind: {
    notice: 'coming up',
    due: 'due today',
    overdue: (days) => (days <= 1 ? 'overdue' : `overdue by ${days} working days`),
  },
  asSubstitute: (performer) => `you are the substitute for ${performer}`,
  escalationIntro: (count) =>
    count === 1
      ? 'To the responsible manager: one control is overdue without a result.'
      : `To the responsible manager: ${count} controls are overdue without a result.`,
  escalationLine: ({ title, unitName, periodKey, dueDate, days, performer }) =>
    `**${title}** – ${unitName}, ${periodKey}: due ${dueDate}, ${days === 1 ? '1 working day' : `${days} working days`} ago; performer ${performer}`,
  unreachableIntro: 'I could not reach the person who should do these controls in Teams:',
  unreachableLine: ({ title, unitName, periodKey, performer, code }) =>
    `**${title}** – ${unitName}, ${periodKey}: ${performer} (${code})`,
  unreachableActionIntro: 'I could not reach the person who owns these actions in Teams:',
  unreachableActionLine: ({ title, unitName, performer, code }) =>
    `**${title}** – ${unitName}: action owner ${performer} (${code})`,
  upcomingActionLine: ({ date, title, unitName, followUpDate, isEnd }) =>
    `${date}: action – **${title}**, ${unitName}, ${isEnd ? 'end date' : 'checkpoint'} ${followUpDate}`,
  outro: 'Open a control in the card below and fill in the result, or type **my controls**.',
  managerOutro:
    'Contact the performer or the substitute, or make sure ikbot is installed for them. Open a control in the card below to see it.',
  unknownPerson: 'unknown performer',
  upcomingNone: 'You have no upcoming reminders right now. Type **my controls** to see your open controls.',
  upcomingIntro: 'Your upcoming reminders:',
  upcomingLine: ({ date, kind, title, unitName, periodKey }) =>
    `${date}: ${{ notice: 'notice', due: 'due date', overdue: 'overdue' }[kind]} – **${title}**, ${unitName}, ${periodKey}`,
  awayNow: (until) =>
    `You are marked as away until ${until} (inclusive); your substitute gets your reminders. Type **back** when you return.`,
  awaySet: (name, until) =>
    `${name ? `${name} is` : 'You are'} marked as away until ${until} (inclusive). The substitute gets the reminders meanwhile; type **back** to end the absence earlier.`,
  awayCleared: 'Welcome back! You will get your reminders again.',
  awayNotSet:
    'You were not marked as away. Type **away until 2026-01-10** to hand your reminders to your substitute.',
  badDate: (text) => `"${text}" is not a date I understand. Write it as YYYY-MM-DD, e.g. 2026-01-10.`,
  pastDate: (date) => `${date} has already passed. Give an end date from today on.`,
  farDate: (date, latest) =>
    `${date} is more than a year ahead. Give an end date no later than ${latest}; extend it when it comes near.`,
  personNotFound: (name) =>
    `I cannot find "${name}" in the internal-control plan. Write the name as it is in the plan.`,
  unitNotFound: (name) =>
    `I cannot find a unit "${name}" in the internal-control plan. Write the unit's name or id as in the plan.`,
  notManager: (what) =>
    `Only the responsible manager for ${what} (or an administrator) can do that. Contact the quality coordinator if this is wrong.`,
  paused: (unit, until) =>
    `Reminders for ${unit} are paused until ${until} (inclusive). Whatever falls due during the pause is sent once, the day after.`,
};

export function reminderTexts(locale: Locale): ReminderTexts {
  return locale === 'en' ? en : sv;
}
