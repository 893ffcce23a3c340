import ExcelJS from 'exceljs';
import type { Plan } from '../domain/plan/types';
import { defaultRiskThresholds } from './defaultRiskThresholds';
import { planInstructions } from './planInstructions';
import { withFixedZipDates } from './withFixedZipDates';
import { addPlanSheets } from './writePlanWorkbook';

/** A plan with nothing filled in but the defaults; the blank year is written as an empty cell. */
const blankPlan = {
  id: '',
  organisation: '',
  title: '',
  year: undefined as unknown as number,
  status: 'draft',
  governingDocuments: [],
  riskThresholds: defaultRiskThresholds.map((t) => ({ ...t })),
  closingDates: {},
  roles: [],
  units: [],
  people: [],
  assignments: [],
  riskAreas: [],
} satisfies Plan;

/** An empty plan workbook: instructions in Swedish and English, headers, and drop-down lists. */
export async function writePlanTemplate(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'ikbot';
  const date = new Date('2025-01-01T00:00:00Z');
  workbook.created = date;
  workbook.modified = date;
  const instructions = workbook.addWorksheet('Instruktioner');
  instructions.columns = [
    { header: 'Instruktioner (svenska)', width: 100 },
    { header: 'Instructions (English)', width: 100 },
  ];
  instructions.getRow(1).font = { bold: true };
  for (const [sv, en] of planInstructions) {
    const row = instructions.addRow([sv || null, en || null]);
    row.alignment = { wrapText: true, vertical: 'top' };
    if (sv !== '' && sv.length < 70) row.font = { bold: true };
  }
  addPlanSheets(workbook, blankPlan, { withSamplingSheet: true });
  return withFixedZipDates(Buffer.from(await workbook.xlsx.writeBuffer()), date);
}
