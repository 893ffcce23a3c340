import ExcelJS from 'exceljs';
import type { Action } from '../../domain/actions/types';
import type { Plan } from '../../domain/plan/types';
import type { OccasionRecord } from '../../domain/ports/OccasionRepository';
import { ACTION_FOLLOW_UP_COLUMNS, actionFollowUpRows } from './actionFollowUpRows';
import { CONTROL_FOLLOW_UP_COLUMNS, controlFollowUpRows } from './controlFollowUpRows';

const WIDTHS = [40, 6, 44, 18, 26, 30, 60];

/** Adds the "Uppföljning åtgärder" sheet (004 layout) to a workbook; a report layout may call this too. */
export function addActionFollowUpSheet(
  workbook: ExcelJS.Workbook,
  plan: Plan,
  actions: readonly Action[],
  sheetName = 'Uppföljning åtgärder',
): void {
  const sheet = workbook.addWorksheet(sheetName.slice(0, 31));
  sheet.columns = WIDTHS.map((width) => ({
    width,
    style: { alignment: { vertical: 'top', wrapText: true } },
  }));
  sheet.addRow([`Uppföljning åtgärder ${plan.year} – ${plan.organisation}`]).font = { bold: true, size: 14 };
  const header = sheet.addRow([...ACTION_FOLLOW_UP_COLUMNS]);
  header.font = { bold: true };
  header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
  for (const row of actionFollowUpRows(plan, actions)) sheet.addRow(row.cells);
  sheet.views = [{ state: 'frozen', ySplit: 2 }];
}

/** Adds the "Uppföljning kontroller" sheet (004 layout): the controls beside the actions. */
export function addControlFollowUpSheet(
  workbook: ExcelJS.Workbook,
  plan: Plan,
  occasions: readonly OccasionRecord[],
  sheetName = 'Uppföljning kontroller',
): void {
  const sheet = workbook.addWorksheet(sheetName.slice(0, 31));
  sheet.columns = WIDTHS.map((width) => ({
    width,
    style: { alignment: { vertical: 'top', wrapText: true } },
  }));
  sheet.addRow([`Uppföljning kontroller ${plan.year} – ${plan.organisation}`]).font = {
    bold: true,
    size: 14,
  };
  const header = sheet.addRow([...CONTROL_FOLLOW_UP_COLUMNS]);
  header.font = { bold: true };
  header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
  for (const row of controlFollowUpRows(plan, occasions)) sheet.addRow(row.cells);
  sheet.views = [{ state: 'frozen', ySplit: 2 }];
}

/** The actions of a plan as an .xlsx workbook in the 004 layout (ikbot actions export). */
export async function writeActionFollowUpXlsx(plan: Plan, actions: readonly Action[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'ikbot';
  addActionFollowUpSheet(workbook, plan, actions);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
