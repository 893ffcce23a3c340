import ExcelJS from 'exceljs';
import { formatIssuePath, type ParsePlanResult, type PlanFileIssue } from './planFileIssue';
import { readPlanWorkbook, type LocatedIssue, type WorkbookLocations } from './readPlanWorkbook';
import { validatePlanData } from './validatePlanData';
import { planFileLimits } from './planFileLimits';
import { planFileRefusal } from './planFileRefusal';
import { xlsxArchiveProblem } from './xlsxArchiveProblem';

function place(issue: LocatedIssue, fileName: string, locations: WorkbookLocations): PlanFileIssue {
  const located: PlanFileIssue = {
    file: fileName,
    path: formatIssuePath(issue.path),
    sv: issue.sv,
    en: issue.en,
  };
  let at = issue.at;
  let column = issue.column;
  for (let length = issue.path.length; !at && length >= 0; length -= 1) {
    at = locations.get(formatIssuePath(issue.path.slice(0, length)));
    const next = issue.path[length];
    if (at?.rowSheet && typeof next === 'string') {
      // Nested fields sit in columns named with a dot (dates.start on Kontrollmoment).
      const nested = `${next}.${String(issue.path[length + 1])}`;
      column = at.rowSheet.columns.find((c) => c.field === next || c.field === nested)?.header;
    }
  }
  if (at) {
    located.sheet = at.sheet;
    if (at.row !== undefined) located.row = at.row;
  }
  if (column !== undefined) located.column = column;
  return located;
}

/** Parses and validates an .xlsx plan; every message names the sheet, row and column. */
export async function parsePlanWorkbook(
  content: Buffer | ArrayBuffer,
  fileName: string,
): Promise<ParsePlanResult> {
  const archiveProblem = await xlsxArchiveProblem(Buffer.from(content as ArrayBuffer));
  if (archiveProblem) return planFileRefusal(fileName, archiveProblem.sv, archiveProblem.en);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(content as ArrayBuffer);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      errors: [
        {
          file: fileName,
          path: '',
          sv: `Filen går inte att öppna som Excel-arbetsbok (.xlsx): ${message}`,
          en: `The file cannot be opened as an Excel workbook (.xlsx): ${message}`,
        },
      ],
      warnings: [],
    };
  }
  const longSheet = workbook.worksheets.find((sheet) => sheet.rowCount > planFileLimits.sheetRows);
  if (longSheet)
    return planFileRefusal(
      fileName,
      `Fliken ”${longSheet.name}” har ${longSheet.rowCount} rader (högst ${planFileLimits.sheetRows}). Ta bort tomma eller överflödiga rader och spara om.`,
      `The sheet "${longSheet.name}" has ${longSheet.rowCount} rows (at most ${planFileLimits.sheetRows}). Remove empty or surplus rows and save again.`,
    );
  const { raw, locations, issues } = readPlanWorkbook(workbook);
  const { plan, errors, warnings } = validatePlanData(raw);
  const placed = (list: LocatedIssue[]) => list.map((issue) => place(issue, fileName, locations));
  if (plan && issues.length === 0) return { ok: true, plan, warnings: placed(warnings) };
  return { ok: false, errors: placed([...issues, ...errors]), warnings: placed(warnings) };
}
