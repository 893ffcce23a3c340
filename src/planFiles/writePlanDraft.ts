import ExcelJS from 'exceljs';
import type { ClosedArea } from '../domain/verdicts/draftNextYearPlan';
import { dispositionText } from '../domain/verdicts/dispositionWords';
import type { Plan } from '../domain/plan/types';
import { withFixedZipDates } from './withFixedZipDates';
import { addPlanSheets, workbookDate } from './writePlanWorkbook';
import { writePlanText } from './writePlanText';

/** The sheet (xlsx) and comment (YAML) listing the areas the verdicts left out of the draft. */
export const CLOSED_AREAS_SHEET = 'Avslutade';

const closedLine = (area: ClosedArea) =>
  [area.id, area.title, dispositionText(area, 'sv'), area.summary ?? ''].filter(Boolean).join(' – ');

/**
 * Next year's draft in the import format: YAML with the closed areas in a comment at the top, or the
 * plan workbook with a sheet "Avslutade" (import reads neither, so the draft imports unchanged).
 */
export async function writePlanDraft(
  plan: Plan,
  closed: ClosedArea[],
  format: 'yaml' | 'xlsx',
): Promise<string | Buffer> {
  if (format === 'yaml') {
    const comment = [
      `# Utkast till plan för ${plan.year}, framtaget av ikbot (plan next). Bedöm riskerna på nytt innan planen antas.`,
      `# ${CLOSED_AREAS_SHEET} ${plan.year - 1} (ingår inte i utkastet):`,
      ...(closed.length > 0
        ? closed.map((area) => `#   ${closedLine(area).replace(/\n/g, ' ')}`)
        : ['#   (inga)']),
      '',
    ].join('\n');
    return comment + writePlanText(plan, 'yaml');
  }
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'ikbot';
  workbook.created = workbookDate(plan);
  workbook.modified = workbookDate(plan);
  addPlanSheets(workbook, plan);
  const sheet = workbook.addWorksheet(CLOSED_AREAS_SHEET);
  sheet.columns = [
    { header: 'Id', width: 14 },
    { header: 'Riskområde', width: 40 },
    { header: 'Beslut', width: 36 },
    { header: 'Summering', width: 60 },
  ];
  sheet.getRow(1).font = { bold: true };
  for (const area of closed) {
    sheet.addRow([area.id, area.title, dispositionText(area, 'sv'), area.summary ?? null]);
  }
  return withFixedZipDates(Buffer.from(await workbook.xlsx.writeBuffer()), workbookDate(plan));
}
