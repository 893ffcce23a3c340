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
  outro: string;
  managerOutro: string;
  unknownPerson: string;
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
    `**${title}** – ${unitName}, ${periodKey}: sista dag ${dueDate}, ${days} arbetsdagar sedan; utförare ${performer}`,
  unreachableIntro: 'Jag kunde inte nå den som ska göra följande kontroller i Teams:',
  unreachableLine: ({ title, unitName, periodKey, performer, code }) =>
    `**${title}** – ${unitName}, ${periodKey}: ${performer} (${code})`,
  outro: 'Öppna en kontroll i kortet nedan och fyll i resultatet, eller skriv **mina kontroller**.',
  managerOutro:
    'Kontakta utföraren eller ersättaren, eller se till att ikbot är installerad för dem. Öppna en kontroll i kortet nedan för att se den.',
  unknownPerson: 'okänd utförare',
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
    `**${title}** – ${unitName}, ${periodKey}: due ${dueDate}, ${days} working days ago; performer ${performer}`,
  unreachableIntro: 'I could not reach the person who should do these controls in Teams:',
  unreachableLine: ({ title, unitName, periodKey, performer, code }) =>
    `**${title}** – ${unitName}, ${periodKey}: ${performer} (${code})`,
  outro: 'Open a control in the card below and fill in the result, or type **my controls**.',
  managerOutro:
    'Contact the performer or the substitute, or make sure ikbot is installed for them. Open a control in the card below to see it.',
  unknownPerson: 'unknown performer',
};

export function reminderTexts(locale: Locale): ReminderTexts {
  return locale === 'en' ? en : sv;
}
