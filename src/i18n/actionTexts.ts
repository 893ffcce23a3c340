import type { Locale } from '../domain/plan/types';

/** Texts of the action card, "mina åtgärder", action reminders and the actions CLI. Swedish first. */
export interface ActionTexts {
  cardTitle: string;
  riskArea: string;
  unit: string;
  status: string;
  owner: string;
  reportingOwner: string;
  start: string;
  checkpoints: string;
  end: string;
  fromControl: string;
  history: string;
  noHistory: string;
  update: string;
  statusLabel: string;
  comment: string;
  reason: string;
  periodLabel: string;
  audience: string;
  carriedOverTo: string;
  save: string;
  manage: string;
  newOwner: string;
  saveChanges: string;
  errorSummary: string;
  saved: string;
  stale: string;
  notAllowed: string;
  readOnly: string;
  unchanged: string;
  notFound: string;
  myActionsHeading: string;
  myActionsEmpty: string;
  myActionsCount(open: number, late: number): string;
  nextDate(date: string): string;
  open: string;
  late: string;
  change: {
    created: string;
    proposedAgain: string;
    ownerReassigned(from: string, to: string): string;
    datesMoved(to: string): string;
    planChanged(fields: string): string;
  };
  reminderIntro(count: number): string;
  reminderLine(item: { title: string; unitName: string; date: string; isEnd: boolean }): string;
  escalationIntro(count: number): string;
  escalationLine(item: {
    title: string;
    unitName: string;
    date: string;
    owner: string;
    days: number;
  }): string;
  reminderOutro: string;
  controlCardOpenAction(text: string, status: string): string;
  digestHeading: string;
  digestLine(counts: { open: number; missed: number; completed: number }): string;
}

const sv: ActionTexts = {
  cardTitle: 'Åtgärd',
  riskArea: 'Riskområde',
  unit: 'Enhet',
  status: 'Status',
  owner: 'Ansvarig',
  reportingOwner: 'Rapporteringsansvarig',
  start: 'Startdatum',
  checkpoints: 'Avstämningsdatum',
  end: 'Slutdatum',
  fromControl: 'Från kontroll',
  history: 'Kommentarer',
  noHistory: 'Inga kommentarer ännu.',
  update: 'Rapportera läget',
  statusLabel: 'Ny status',
  comment: 'Kommentar till avstämningen',
  reason: 'Vad avvek? (krävs för Genomförd med avvikelse)',
  periodLabel: 'Period (t.ex. Tertial 2 2024)',
  audience: 'Till (t.ex. Socialnämnden)',
  carriedOverTo: 'Förs över till år (vid Överförd)',
  save: 'Spara',
  manage: 'Ändra ansvarig eller datum (chef/administratör)',
  newOwner: 'Ny ansvarig',
  saveChanges: 'Spara ändringar',
  errorSummary: 'Rätta följande och spara igen – det du skrev finns kvar:',
  saved: 'Sparat.',
  stale:
    'Någon annan ändrade åtgärden medan du skrev. Det du skrev finns kvar nedan; kontrollera läget och spara igen.',
  notAllowed:
    'Bara den ansvarige kan rapportera läget; chefer och administratörer kan byta ansvarig eller flytta datum.',
  readOnly: 'Du kan se åtgärden men inte ändra den.',
  unchanged: 'Inget ändrades.',
  notFound: 'Åtgärden finns inte längre. Skriv **mina åtgärder** för att se dina åtgärder.',
  myActionsHeading: 'Mina åtgärder',
  myActionsEmpty: 'Du har inga öppna åtgärder.',
  myActionsCount: (open, late) => `${open} öppna, varav ${late} med passerad avstämning`,
  nextDate: (date) => `Nästa avstämning ${date}`,
  open: 'Öppna',
  late: 'Avstämning passerad',
  change: {
    created: 'Åtgärden skapades',
    proposedAgain: 'Föreslogs igen vid en senare kontroll',
    ownerReassigned: (from, to) => `Ansvarig ändrad från ${from} till ${to}`,
    datesMoved: (to) => `Datum flyttade: ${to}`,
    planChanged: (fields) => `Ändrad i en ny version av planen: ${fields}`,
  },
  reminderIntro: (count) =>
    count === 1 ? 'En åtgärd ska stämmas av snart:' : `${count} åtgärder ska stämmas av snart:`,
  reminderLine: ({ title, unitName, date, isEnd }) =>
    `**${title}** – ${unitName}, ${isEnd ? 'slutdatum' : 'avstämning'} ${date}`,
  escalationIntro: (count) =>
    count === 1
      ? 'Till rapporteringsansvarig: en åtgärd har missat sin avstämning.'
      : `Till rapporteringsansvarig: ${count} åtgärder har missat sin avstämning.`,
  escalationLine: ({ title, unitName, date, owner, days }) =>
    `**${title}** – ${unitName}: avstämning ${date} utan rapport (${days} arbetsdagar sedan); ansvarig ${owner}`,
  reminderOutro: 'Skriv **mina åtgärder** och öppna åtgärden för att rapportera läget.',
  controlCardOpenAction: (text, status) => `Åtgärd från avvikelsen: ${text} (${status})`,
  digestHeading: 'Åtgärder',
  digestLine: ({ open, missed, completed }) =>
    `${open} öppna · ${missed} med missad avstämning · ${completed} avslutade senaste veckan`,
};

const en: ActionTexts = {
  cardTitle: 'Action',
  riskArea: 'Risk area',
  unit: 'Unit',
  status: 'Status',
  owner: 'Owner',
  reportingOwner: 'Reporting owner',
  start: 'Start date',
  checkpoints: 'Checkpoints',
  end: 'End date',
  fromControl: 'From control',
  history: 'Comments',
  noHistory: 'No comments yet.',
  update: 'Report progress',
  statusLabel: 'New status',
  comment: 'Checkpoint comment',
  reason: 'What deviated? (required for Done with deviation)',
  periodLabel: 'Period (e.g. Tertial 2 2024)',
  audience: 'For (e.g. Socialnämnden)',
  carriedOverTo: 'Carried over to year (for Carried over)',
  save: 'Save',
  manage: 'Change owner or dates (manager/administrator)',
  newOwner: 'New owner',
  saveChanges: 'Save changes',
  errorSummary: 'Correct the following and save again – what you wrote is kept:',
  saved: 'Saved.',
  stale:
    'Someone else changed the action while you were writing. What you wrote is kept below; check the state and save again.',
  notAllowed:
    'Only the owner can report progress; managers and administrators can change the owner or move dates.',
  readOnly: 'You can see the action but not change it.',
  unchanged: 'Nothing changed.',
  notFound: 'The action no longer exists. Write **my actions** to see your actions.',
  myActionsHeading: 'My actions',
  myActionsEmpty: 'You have no open actions.',
  myActionsCount: (open, late) => `${open} open, ${late} of them past a checkpoint`,
  nextDate: (date) => `Next checkpoint ${date}`,
  open: 'Open',
  late: 'Checkpoint passed',
  change: {
    created: 'The action was created',
    proposedAgain: 'Proposed again at a later control',
    ownerReassigned: (from, to) => `Owner changed from ${from} to ${to}`,
    datesMoved: (to) => `Dates moved: ${to}`,
    planChanged: (fields) => `Changed by a new revision of the plan: ${fields}`,
  },
  reminderIntro: (count) =>
    count === 1 ? 'An action has a checkpoint soon:' : `${count} actions have a checkpoint soon:`,
  reminderLine: ({ title, unitName, date, isEnd }) =>
    `**${title}** – ${unitName}, ${isEnd ? 'end date' : 'checkpoint'} ${date}`,
  escalationIntro: (count) =>
    count === 1
      ? 'To the reporting owner: an action missed its checkpoint.'
      : `To the reporting owner: ${count} actions missed their checkpoint.`,
  escalationLine: ({ title, unitName, date, owner, days }) =>
    `**${title}** – ${unitName}: checkpoint ${date} without a report (${days} working days ago); owner ${owner}`,
  reminderOutro: 'Write **my actions** and open the action to report progress.',
  controlCardOpenAction: (text, status) => `Action from the deviation: ${text} (${status})`,
  digestHeading: 'Actions',
  digestLine: ({ open, missed, completed }) =>
    `${open} open · ${missed} with a missed checkpoint · ${completed} closed in the last week`,
};

export function actionTexts(locale: Locale): ActionTexts {
  return locale === 'en' ? en : sv;
}
