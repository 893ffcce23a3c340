import type { Locale } from '../plan/types';
import type { ActionStatus } from './types';

export const actionStatuses: readonly ActionStatus[] = [
  'Ej påbörjad',
  'Pågående',
  'Genomförd',
  'Genomförd med avvikelse',
  'Ej genomförd',
  'Överförd',
];

/** Statuses that close an action: no more reminders, no more status changes. */
export const closedActionStatuses: readonly ActionStatus[] = [
  'Genomförd',
  'Genomförd med avvikelse',
  'Ej genomförd',
  'Överförd',
];

export const isClosedStatus = (status: ActionStatus): boolean => closedActionStatuses.includes(status);

const english: Record<ActionStatus, string> = {
  'Ej påbörjad': 'Not started',
  Pågående: 'In progress',
  Genomförd: 'Done',
  'Genomförd med avvikelse': 'Done with deviation',
  'Ej genomförd': 'Not done',
  Överförd: 'Carried over',
};

/** The status as a person reads it; Överförd names the year when known ("Överförd till 2025"). */
export function actionStatusLabel(status: ActionStatus, locale: Locale, carriedOverTo?: number): string {
  const word = locale === 'sv' ? status : english[status];
  if (status !== 'Överförd' || carriedOverTo === undefined) return word;
  return locale === 'sv' ? `${word} till ${carriedOverTo}` : `${word} to ${carriedOverTo}`;
}

/** Reads a status written in Swedish or English, any case ("pågående", "Done with deviation"). */
export function parseActionStatus(text: string): ActionStatus | undefined {
  const wanted = text.trim().toLowerCase();
  return actionStatuses.find(
    (status) => status.toLowerCase() === wanted || english[status].toLowerCase() === wanted,
  );
}
