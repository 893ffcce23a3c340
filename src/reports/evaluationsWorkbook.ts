import ExcelJS from 'exceljs';
import { actionStatusLabel } from '../domain/actions/actionStatuses';
import { currentStateOf } from '../domain/actions/currentStateOf';
import type { Action } from '../domain/actions/types';
import type { Plan } from '../domain/plan/types';
import type { FollowUpEvaluation } from '../domain/ports/ReportSource';
import { dispositionLabels } from '../domain/verdicts/dispositionWords';
import type { Verdict } from '../domain/verdicts/Verdict';
import { readCellValue } from '../planFiles/readCellValue';

/** The sheet a year-end evaluations workbook is recognised by. */
export const EVALUATIONS_SHEET = 'Utvärdering';
export const EVALUATION_KINDS = {
  control: 'Kontrollmoment',
  riskArea: 'Riskområde',
  action: 'Åtgärd',
} as const;
const HEADER = [
  'Typ',
  'Id',
  'Riskområde',
  'Kontrollmoment',
  'Utfall enligt ikbot',
  'Utvärdering',
  'Kommentar',
  'Fortsatta åtgärder',
  'Beslut',
  'Överförs till',
  'Poster',
] as const;
/** 1-based columns of what the coordinator writes (Beslut and Överförs till on risk areas only). */
export const EVALUATION_COLUMNS = {
  kind: 1,
  id: 2,
  evaluation: 6,
  comment: 7,
  actionText: 8,
  disposition: 9,
  transferredTo: 10,
  /** Action rows: how many entries the action had when the file was made (its optimistic lock). */
  entries: 11,
} as const;

export interface EvaluationsWorkbookInput {
  plan: Plan;
  year: number;
  /** What the stored results say per control, e.g. "Godkänd/delvis godkänd – 11 av 12 genomförda". */
  outcomeOf(controlId: string): string;
  written: FollowUpEvaluation[];
  /** The risk areas' verdicts written so far (on the card or in an earlier workbook). */
  verdicts: Verdict[];
  /** The plan's actions (åtgärder): one row each under its area, status and comment to write. */
  actions: readonly Action[];
}

/** One filled-in row as read back (values trimmed; empty cells undefined). */
export interface EvaluationRow {
  row: number;
  kind?: string;
  id?: string;
  evaluation?: string;
  comment?: string;
  actionText?: string;
  disposition?: string;
  transferredTo?: string;
  entries?: string;
}

export interface EvaluationsSheet {
  planId?: string;
  year?: number;
  rows: EvaluationRow[];
}

/**
 * The year-end evaluations as an Excel workbook the quality coordinator fills in: one row per risk
 * area and per control with what the stored results say, and the columns Utvärdering, Kommentar and
 * (for risk areas) Fortsatta åtgärder, pre-filled with what was written before. Sent back to ikbot
 * (`ikbot report evaluations import`, or attached in the personal chat) it becomes the report's
 * Utvärdering and Kommentar columns and the risk areas' Bedömning, Resultat and Åtgärd. Each action
 * of an area has a row too: its current state under "Utfall enligt ikbot", the status to set under
 * Utvärdering (pre-filled with the current one) and the comment to add under Kommentar; sent back,
 * a changed status or a new comment becomes the action's next entry, as on the action card.
 */
export async function writeEvaluationsWorkbook(input: EvaluationsWorkbookInput): Promise<Buffer> {
  const { plan, year } = input;
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'ikbot';
  const sheet = workbook.addWorksheet(EVALUATIONS_SHEET);
  sheet.columns = [16, 18, 30, 40, 36, 24, 50, 40, 16, 24, 8].map((width) => ({ width }));
  sheet.addRow([`Utvärdering av ${plan.title} år ${year}`]).font = { bold: true, size: 14 };
  sheet.addRow(['Plan', plan.id, 'År', year]);
  sheet.addRow([
    'Skriv i de gula kolumnerna och skicka filen till ikbot i en personlig chatt (eller: ikbot report evaluations import <fil>). ' +
      'En tom Utvärdering betyder att raden inte är utvärderad ännu. På riskområdets rad: Kommentar är summeringen och ' +
      'Beslut är Kvarstår, Avslutas, Bevakas eller Överförs (skriv då vart i Överförs till). På en åtgärds rad: Utvärdering är ' +
      'statusen (Pågående, Genomförd, Genomförd med avvikelse, Ej genomförd, Överförd) och Kommentar det som ska läggas till ' +
      '(vid Genomförd med avvikelse: vad som avvek). Ändra inte Typ, Id, Poster, Plan eller År.',
  ]);
  const header = sheet.addRow([...HEADER]);
  header.font = { bold: true };
  const written = new Map(input.written.map((e) => [`${e.kind}|${e.subjectId}`, e]));
  const fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF2CC' } } as const;
  const verdicts = new Map(input.verdicts.map((v) => [v.riskAreaId, v]));
  for (const area of plan.riskAreas) {
    // An area evaluation stored before verdicts existed is offered until a verdict replaces it.
    const areaWritten = written.get(`riskArea|${area.id}`);
    const verdict = verdicts.get(area.id);
    const areaRow = sheet.addRow([
      EVALUATION_KINDS.riskArea,
      area.id,
      area.title,
      null,
      null,
      (verdict ? verdict.assessment : areaWritten?.evaluation) ?? null,
      (verdict ? verdict.summary : areaWritten?.comment) ?? null,
      (verdict ? verdict.furtherActions : areaWritten?.actionText) ?? null,
      verdict ? dispositionLabels.sv[verdict.disposition] : null,
      verdict?.transferredTo ?? null,
    ]);
    areaRow.font = { bold: true };
    for (const column of [6, 7, 8, 9, 10]) areaRow.getCell(column).fill = fill;
    for (const control of area.controls) {
      const controlWritten = written.get(`control|${control.id}`);
      const row = sheet.addRow([
        EVALUATION_KINDS.control,
        control.id,
        area.title,
        control.title,
        input.outcomeOf(control.id) || null,
        controlWritten?.evaluation ?? null,
        controlWritten?.comment ?? null,
        null,
      ]);
      for (const column of [6, 7]) row.getCell(column).fill = fill;
      row.alignment = { wrapText: true, vertical: 'top' };
    }
    for (const action of input.actions.filter((candidate) => candidate.riskAreaId === area.id)) {
      const current = currentStateOf(action);
      const state = [
        actionStatusLabel(current.status, 'sv', current.carriedOverTo),
        current.date,
        [current.reason, current.comment].filter(Boolean).join(' – '),
      ]
        .filter(Boolean)
        .join(' – ');
      const row = sheet.addRow([
        EVALUATION_KINDS.action,
        action.id,
        area.title,
        action.text,
        state,
        current.status,
        null,
        null,
        null,
        null,
        action.entries.length,
      ]);
      for (const column of [6, 7]) row.getCell(column).fill = fill;
      row.alignment = { wrapText: true, vertical: 'top' };
    }
  }
  sheet.views = [{ state: 'frozen', ySplit: 4 }];
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The evaluations sheet of a workbook, or null when the workbook has none (e.g. it is a plan). */
export async function readEvaluationsWorkbook(content: Buffer): Promise<EvaluationsSheet | null> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(content as unknown as ArrayBuffer);
  const sheet = workbook.getWorksheet(EVALUATIONS_SHEET);
  if (!sheet) return null;
  const text = (row: ExcelJS.Row, column: number): string | undefined => {
    const value = readCellValue(row.getCell(column).value);
    return value === undefined ? undefined : String(value);
  };
  const result: EvaluationsSheet = { rows: [] };
  let inTable = false;
  sheet.eachRow((row, number) => {
    const first = text(row, 1);
    if (!inTable) {
      if (first === 'Plan') result.planId = text(row, 2);
      if (first === 'Plan' && /^\d{4}$/.test(text(row, 4) ?? '')) result.year = Number(text(row, 4));
      if (first === HEADER[0] && text(row, 2) === HEADER[1]) inTable = true;
      return;
    }
    const entry: EvaluationRow = {
      row: number,
      kind: first,
      id: text(row, EVALUATION_COLUMNS.id),
      evaluation: text(row, EVALUATION_COLUMNS.evaluation),
      comment: text(row, EVALUATION_COLUMNS.comment),
      actionText: text(row, EVALUATION_COLUMNS.actionText),
      disposition: text(row, EVALUATION_COLUMNS.disposition),
      transferredTo: text(row, EVALUATION_COLUMNS.transferredTo),
      entries: text(row, EVALUATION_COLUMNS.entries),
    };
    const written = [
      entry.kind,
      entry.id,
      entry.evaluation,
      entry.comment,
      entry.actionText,
      entry.disposition,
      entry.transferredTo,
    ];
    if (written.some((value) => value !== undefined)) result.rows.push(entry);
  });
  return result;
}
