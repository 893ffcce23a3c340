import ExcelJS from 'exceljs';
import { LineCounter, parseDocument } from 'yaml';
import { locateInText } from './locateIssue';
import { planFileFormat } from './parsePlanContent';
import { formatIssuePath, type PlanFileIssue, type RawIssue } from './planFileIssue';
import { readPlanWorkbook } from './readPlanWorkbook';

/**
 * Places issues found after parsing (e.g. people Graph does not know) in the plan file: the line in
 * YAML/JSON, the sheet, row and column in Excel. The file has already been validated.
 */
export async function locatePlanIssues(
  issues: readonly RawIssue[],
  file: { content: Buffer; fileName: string },
): Promise<PlanFileIssue[]> {
  if (issues.length === 0) return [];
  const format = planFileFormat(file.fileName);
  if (format === 'xlsx') {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file.content as unknown as ArrayBuffer);
    const { locations } = readPlanWorkbook(workbook);
    return issues.map((issue) => {
      const placed: PlanFileIssue = {
        file: file.fileName,
        path: formatIssuePath(issue.path),
        sv: issue.sv,
        en: issue.en,
      };
      for (let length = issue.path.length; length >= 0; length -= 1) {
        const at = locations.get(formatIssuePath(issue.path.slice(0, length)));
        if (!at) continue;
        placed.sheet = at.sheet;
        if (at.row !== undefined) placed.row = at.row;
        const next = issue.path[length];
        const column =
          typeof next === 'string' ? at.rowSheet?.columns.find((c) => c.field === next)?.header : undefined;
        if (column) placed.column = column;
        break;
      }
      return placed;
    });
  }
  const lineCounter = new LineCounter();
  const document = parseDocument(file.content.toString('utf8').replace(/^\uFEFF/, ''), { lineCounter });
  return issues.map((issue) => locateInText(issue, file.fileName, document, lineCounter));
}
