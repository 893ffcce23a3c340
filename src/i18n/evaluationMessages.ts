import type { Locale } from '../domain/plan/types';
import type { EvaluationIssue } from '../reports/checkEvaluations';

/** Texts of the year-end evaluations import (chat and command line). Swedish first. */
export interface EvaluationMessages {
  issue(issue: EvaluationIssue): string;
  noPlanId: string;
  unknownPlan(planId: string): string;
  noYear: string;
  invalid(file: string, count: number): string;
  moreErrors(count: number): string;
  imported(file: string, planId: string, year: number, saved: number, cleared: number): string;
}

const COLUMN_NAMES: Record<number, string> = {
  1: 'Typ',
  2: 'Id',
  6: 'Utvärdering',
  7: 'Kommentar',
  8: 'Fortsatta åtgärder',
  9: 'Beslut',
  10: 'Överförs till',
  11: 'Poster',
};
const columnName = (column: number): string => COLUMN_NAMES[column] ?? String(column);

const sv: EvaluationMessages = {
  issue: ({ row, column, code, value, text }) => {
    const where = `Rad ${row}, kolumn ${columnName(column)}`;
    switch (code) {
      case 'notForAction':
        return `${where}: på en åtgärds rad skrivs bara status (Utvärdering) och kommentar. Töm kolumnen.`;
      case 'actionChangedSince':
        return `${where}: åtgärden ”${value}” har uppdaterats sedan filen skapades. Hämta en ny fil med **rapport <år> utvärdering** och skriv in statusen där.`;
      case 'actionUpdate':
        return `${where}: ${text?.sv ?? ''}`;
      case 'unknownKind':
        return `${where}: ”${value}” ska vara Kontrollmoment eller Riskområde. Ändra inte kolumnen Typ.`;
      case 'unknownId':
        return `${where}: ”${value}” finns inte i planen. Ändra inte kolumnen Id; hämta en ny fil med **rapport <år> utvärdering** om planen har ändrats.`;
      case 'duplicate':
        return `${where}: ”${value}” står på två rader. Skriv utvärderingen på en av dem.`;
      case 'actionOnControl':
        return `${where}: fortsatta åtgärder skrivs på riskområdets rad, inte på ett kontrollmoment. Flytta texten dit.`;
      case 'missingEvaluation':
        return `${where}: skriv en utvärdering (t.ex. Godkänd, Delvis godkänd eller Ej godkänd) när raden har en kommentar eller åtgärd.`;
      case 'dispositionOnControl':
        return `${where}: beslutet (kvarstår, avslutas, bevakas, överförs) skrivs på riskområdets rad, inte på ett kontrollmoment. Flytta det dit.`;
      case 'missingDisposition':
        return `${where}: skriv beslutet för riskområdet: Kvarstår, Avslutas, Bevakas eller Överförs.`;
      case 'unknownDisposition':
        return `${where}: ”${value}” är inget beslut. Skriv Kvarstår, Avslutas, Bevakas eller Överförs.`;
      case 'missingTransferTarget':
        return `${where}: skriv vart risken överförs, t.ex. Egenkontroll eller Digitaliseringsplanen.`;
      case 'unknownArea':
        return `${where}: ”${value}” är inget riskområde i planen.`;
    }
  },
  noPlanId:
    'Filen saknar planens id (raden ”Plan” överst). Hämta en ny utvärderingsfil med **rapport <år> utvärdering** och skriv i den.',
  unknownPlan: (planId) =>
    `Planen ”${planId}” finns inte i ikbot. Hämta en ny utvärderingsfil med **rapport <år> utvärdering** för den plan som gäller.`,
  noYear:
    'Filen saknar året (raden ”Plan … År” överst). Hämta en ny utvärderingsfil med **rapport <år> utvärdering**.',
  invalid: (file, count) =>
    `Utvärderingarna i ”${file}” sparades inte: ${count} ${count === 1 ? 'sak behöver' : 'saker behöver'} rättas. Inget har ändrats.`,
  moreErrors: (count) => `… och ${count} till.`,
  imported: (file, planId, year, saved, cleared) =>
    `Utvärderingarna i ”${file}” är sparade för ${planId} ${year}: ${saved} ${saved === 1 ? 'rad' : 'rader'}` +
    `${cleared > 0 ? `, ${cleared} borttagna` : ''}. De syns i uppföljningsrapporten (**rapport ${year}**).`,
};

const en: EvaluationMessages = {
  issue: ({ row, column, code, value, text }) => {
    const where = `Row ${row}, column ${columnName(column)}`;
    switch (code) {
      case 'notForAction':
        return `${where}: an action's row takes only a status (Utvärdering) and a comment. Empty the column.`;
      case 'actionChangedSince':
        return `${where}: the action "${value}" was updated after the file was made. Get a new file with **report <year> evaluations** and write the status there.`;
      case 'actionUpdate':
        return `${where}: ${text?.en ?? ''}`;
      case 'unknownKind':
        return `${where}: "${value}" must be Kontrollmoment or Riskområde. Do not change the Typ column.`;
      case 'unknownId':
        return `${where}: "${value}" is not in the plan. Do not change the Id column; get a new file with **report <year> evaluations** if the plan has changed.`;
      case 'duplicate':
        return `${where}: "${value}" is on two rows. Write the evaluation on one of them.`;
      case 'actionOnControl':
        return `${where}: further actions go on the risk area's row, not on a control. Move the text there.`;
      case 'missingEvaluation':
        return `${where}: write an evaluation (e.g. Godkänd, Delvis godkänd or Ej godkänd) when the row has a comment or action.`;
      case 'dispositionOnControl':
        return `${where}: the verdict (remains, closed, monitored, transferred) goes on the risk area's row, not on a control. Move it there.`;
      case 'missingDisposition':
        return `${where}: write the risk area's verdict: Kvarstår, Avslutas, Bevakas or Överförs.`;
      case 'unknownDisposition':
        return `${where}: "${value}" is not a verdict. Write Kvarstår, Avslutas, Bevakas or Överförs.`;
      case 'missingTransferTarget':
        return `${where}: write where the risk is transferred, e.g. Egenkontroll or Digitaliseringsplanen.`;
      case 'unknownArea':
        return `${where}: "${value}" is not a risk area of the plan.`;
    }
  },
  noPlanId:
    'The file lacks the plan id (the "Plan" row at the top). Get a new evaluations file with **report <year> evaluations** and write in it.',
  unknownPlan: (planId) =>
    `ikbot has no plan "${planId}". Get a new evaluations file with **report <year> evaluations** for the current plan.`,
  noYear:
    'The file lacks the year (the "Plan … År" row at the top). Get a new evaluations file with **report <year> evaluations**.',
  invalid: (file, count) =>
    `The evaluations in "${file}" were not saved: ${count} ${count === 1 ? 'thing needs' : 'things need'} fixing. Nothing was changed.`,
  moreErrors: (count) => `… and ${count} more.`,
  imported: (file, planId, year, saved, cleared) =>
    `The evaluations in "${file}" are saved for ${planId} ${year}: ${saved} ${saved === 1 ? 'row' : 'rows'}` +
    `${cleared > 0 ? `, ${cleared} removed` : ''}. They appear in the follow-up report (**report ${year}**).`,
};

export function evaluationMessagesFor(locale: Locale): EvaluationMessages {
  return locale === 'en' ? en : sv;
}
