import { actionStatusLabel, isClosedStatus, parseActionStatus } from './actionStatuses';
import { currentStateOf } from './currentStateOf';
import type { ActionIssue } from './ActionIssue';
import type { Action, ActionStatus } from './types';

/** What the owner entered on the action card or in a command; all text as typed. */
export interface ActionUpdateInput {
  status?: string;
  comment?: string;
  reason?: string;
  periodLabel?: string;
  audience?: string;
  carriedOverTo?: string | number;
}

export interface ValidActionUpdate {
  status: ActionStatus;
  comment?: string;
  reason?: string;
  periodLabel?: string;
  audience?: string;
  carriedOverTo?: number;
}

const MAX_TEXT = 4000;
const trimmed = (value: string | undefined): string | undefined => {
  const text = value?.trim();
  return text ? text : undefined;
};

/**
 * Checks a status change or checkpoint comment against the action's current state. Lifecycle:
 * Ej påbörjad → Pågående → Genomförd / Genomförd med avvikelse (reason required) / Ej genomförd,
 * and Överförd (to a later year); a closed action takes no more changes. Keeping the status with
 * a comment is a checkpoint report.
 */
export function validateActionUpdate(
  action: Pick<Action, 'entries' | 'year'>,
  input: ActionUpdateInput,
): { ok: true; update: ValidActionUpdate } | { ok: false; issues: ActionIssue[] } {
  const current = currentStateOf(action);
  const issues: ActionIssue[] = [];
  const statusText = trimmed(input.status);
  const status = statusText === undefined ? current.status : parseActionStatus(statusText);
  const comment = trimmed(input.comment);
  const reason = trimmed(input.reason);
  if (status === undefined) {
    issues.push({
      field: 'status',
      sv: `Okänd status "${statusText}". Välj Ej påbörjad, Pågående, Genomförd, Genomförd med avvikelse, Ej genomförd eller Överförd.`,
      en: `Unknown status "${statusText}". Choose Not started, In progress, Done, Done with deviation, Not done or Carried over.`,
    });
  }
  if (isClosedStatus(current.status)) {
    issues.push({
      field: 'status',
      sv: `Åtgärden är redan avslutad (${actionStatusLabel(current.status, 'sv', current.carriedOverTo)}) och kan inte ändras. Behövs mer arbete: föreslå en ny åtgärd.`,
      en: `The action is already closed (${actionStatusLabel(current.status, 'en', current.carriedOverTo)}) and cannot change. If more work is needed, propose a new action.`,
    });
  } else if (status === 'Ej påbörjad' && current.status !== 'Ej påbörjad') {
    issues.push({
      field: 'status',
      sv: 'En påbörjad åtgärd kan inte gå tillbaka till Ej påbörjad. Behåll Pågående och skriv en kommentar.',
      en: 'A started action cannot go back to Not started. Keep In progress and write a comment.',
    });
  }
  if (status === 'Genomförd med avvikelse' && !reason) {
    issues.push({
      field: 'reason',
      sv: 'Skriv vad som avvek när åtgärden är Genomförd med avvikelse.',
      en: 'Write what deviated when the action is Done with deviation.',
    });
  }
  let carriedOverTo: number | undefined;
  if (status === 'Överförd') {
    const year =
      input.carriedOverTo === undefined || input.carriedOverTo === ''
        ? action.year + 1
        : Number(input.carriedOverTo);
    if (!Number.isInteger(year) || year <= action.year || year > action.year + 5) {
      issues.push({
        field: 'carriedOverTo',
        sv: `Skriv vilket år åtgärden förs över till, t.ex. ${action.year + 1}.`,
        en: `Write the year the action is carried over to, e.g. ${action.year + 1}.`,
      });
    } else carriedOverTo = year;
  }
  if (status !== undefined && status === current.status && !comment && issues.length === 0) {
    issues.push({
      field: 'comment',
      sv: 'Skriv en kommentar om läget eller välj en ny status.',
      en: 'Write a comment on progress or choose a new status.',
    });
  }
  for (const [field, value] of [
    ['comment', comment],
    ['reason', reason],
  ] as const) {
    if (value !== undefined && value.length > MAX_TEXT)
      issues.push({
        field,
        sv: `Texten är ${value.length} tecken; högst ${MAX_TEXT} ryms. Korta den.`,
        en: `The text is ${value.length} characters; at most ${MAX_TEXT} fit. Shorten it.`,
      });
  }
  if (issues.length > 0 || status === undefined) return { ok: false, issues };
  return {
    ok: true,
    update: {
      status,
      ...(comment !== undefined && { comment }),
      ...(reason !== undefined && { reason }),
      ...(trimmed(input.periodLabel) !== undefined && { periodLabel: trimmed(input.periodLabel) }),
      ...(trimmed(input.audience) !== undefined && { audience: trimmed(input.audience) }),
      ...(carriedOverTo !== undefined && { carriedOverTo }),
    },
  };
}
