import type ExcelJS from 'exceljs';
import { formatIssuePath, type RawIssue } from './planFileIssue';
import {
  actionSheet,
  assignmentSheet,
  checkItemSheet,
  controlSheet,
  samplingSheet,
  EACH_ANSWERS_MARK,
  ATTESTS_MARK,
  personSheet,
  planKeys,
  planSheetName,
  riskAreaSheet,
  roleSheet,
  unitSheet,
  type RowSheet,
} from './planSheets';
import { handlingWords, lookUpWord } from './planVocabulary';
import { readCellValue } from './readCellValue';

type Fields = Record<string, unknown>;
export interface CellLocation {
  sheet: string;
  row?: number;
  rowSheet?: RowSheet;
}
/** Where each part of the plan came from, keyed by formatIssuePath of its path. */
export type WorkbookLocations = Map<string, CellLocation>;
export interface LocatedIssue extends RawIssue {
  at?: CellLocation;
  column?: string;
}

const normalise = (text: string) => text.trim().toLowerCase();

const yesNo: Record<string, boolean> = {
  ja: true,
  true: true,
  yes: true,
  nej: false,
  false: false,
  no: false,
};

/** The control sheet's date columns (dates.start, …) as the nested `dates` of the file shape. */
function nestDates(control: Fields): Fields {
  const { ['dates.start']: start, ['dates.checkpoints']: checkpoints, ['dates.end']: end, ...rest } = control;
  const shift = rest['dates.shiftToWorkingDay'];
  delete rest['dates.shiftToWorkingDay'];
  if (start === undefined && checkpoints === undefined && end === undefined && shift === undefined)
    return rest;
  const shiftValue = typeof shift === 'string' ? (yesNo[normalise(shift)] ?? shift) : shift;
  return {
    ...rest,
    dates: {
      start,
      checkpoints: checkpoints ?? [],
      end,
      ...(shiftValue !== undefined && { shiftToWorkingDay: shiftValue }),
    },
  };
}

function readRowSheet(
  workbook: ExcelJS.Workbook,
  sheet: RowSheet,
  issues: LocatedIssue[],
): Array<{ row: number; fields: Fields }> {
  const worksheet = workbook.getWorksheet(sheet.name);
  if (!worksheet && sheet.optional) return [];
  if (!worksheet) {
    issues.push({
      path: [],
      at: { sheet: sheet.name },
      sv: `Fliken "${sheet.name}" saknas. Utgå från mallen (writePlanTemplate) och behåll flikarnas namn.`,
      en: `The sheet "${sheet.name}" is missing. Start from the template and keep the sheet names.`,
    });
    return [];
  }
  const fieldOfColumn = new Map<number, { field: string; numeric?: boolean; list?: boolean }>();
  const seen = new Set<string>();
  worksheet.getRow(1).eachCell((cell, columnNumber) => {
    const header = normalise(String(readCellValue(cell.value) ?? ''));
    const column = sheet.columns.find(
      (c) => normalise(c.header) === header || (c.field && normalise(c.field) === header),
    );
    if (column?.field) {
      fieldOfColumn.set(columnNumber, { field: column.field, numeric: column.numeric, list: column.list });
      seen.add(column.field);
    }
  });
  for (const column of sheet.columns.filter((c) => c.required && c.field && !seen.has(c.field))) {
    issues.push({
      path: [],
      at: { sheet: sheet.name, row: 1 },
      column: column.header,
      sv: `Kolumnen "${column.header}" saknas på fliken "${sheet.name}".`,
      en: `The column "${column.header}" is missing on the sheet "${sheet.name}".`,
    });
  }
  const rows: Array<{ row: number; fields: Fields }> = [];
  worksheet.eachRow((row, rowNumber) => {
    if (rowNumber === 1) return;
    const fields: Fields = {};
    row.eachCell((cell, columnNumber) => {
      const column = fieldOfColumn.get(columnNumber);
      const value = readCellValue(cell.value);
      if (!column || value === undefined) return;
      if (column.list)
        fields[column.field] = String(value)
          .split(/\s*[,;\n]\s*/)
          .filter((item) => item !== '');
      else if (column.numeric && typeof value === 'string' && /^-?\d+$/.test(value))
        fields[column.field] = Number(value);
      else if (!column.numeric && typeof value === 'number') fields[column.field] = String(value);
      else fields[column.field] = value;
    });
    if (Object.keys(fields).length > 0) rows.push({ row: rowNumber, fields });
  });
  return rows;
}

function readPlanSheet(
  workbook: ExcelJS.Workbook,
  doc: Fields,
  locations: WorkbookLocations,
  issues: LocatedIssue[],
): void {
  const worksheet = workbook.getWorksheet(planSheetName);
  if (!worksheet) {
    issues.push({
      path: [],
      at: { sheet: planSheetName },
      sv: `Fliken "${planSheetName}" saknas.`,
      en: `The sheet "${planSheetName}" is missing.`,
    });
    return;
  }
  locations.set('', { sheet: planSheetName });
  worksheet.eachRow((row, rowNumber) => {
    if (rowNumber === 1) return;
    const key = readCellValue(row.getCell(1).value);
    const value = readCellValue(row.getCell(2).value);
    if (key === undefined) return;
    const definition = planKeys.find((k) => normalise(k.key) === normalise(String(key)) || k.field === key);
    if (!definition) {
      issues.push({
        path: [],
        at: { sheet: planSheetName, row: rowNumber },
        column: 'Fält',
        sv: `Okänt fält "${key}" på fliken Plan.`,
        en: `Unknown field "${key}" on the Plan sheet.`,
      });
      return;
    }
    if (value === undefined) return;
    const [first, second] = definition.field.split('.');
    if (definition.field === 'riskThresholds') {
      const list = (doc.riskThresholds ??= []) as unknown[];
      locations.set(formatIssuePath(['riskThresholds', list.length]), {
        sheet: planSheetName,
        row: rowNumber,
      });
      const match = /^(\d+)\s*[-–]\s*(\d+)\s*:?\s*(.+)$/.exec(String(value));
      const handling = match && lookUpWord(handlingWords, match[3]);
      if (!match || !handling) {
        issues.push({
          path: ['riskThresholds', list.length],
          sv: `Riskgränsen "${value}" ska skrivas som "8–12: Internkontrollplan".`,
          en: `The risk threshold "${value}" should be written as "8–12: Internkontrollplan".`,
        });
      }
      list.push({ min: Number(match?.[1]), max: Number(match?.[2]), handling: handling ?? String(value) });
    } else if (definition.repeats) {
      const list = (doc[first] ??= []) as unknown[];
      locations.set(formatIssuePath([first, list.length]), { sheet: planSheetName, row: rowNumber });
      list.push(String(value));
    } else if (second) {
      const parent = (doc[first] ??= {}) as Fields;
      parent[second] = String(value);
      locations.set(formatIssuePath([first, second]), { sheet: planSheetName, row: rowNumber });
      locations.set(formatIssuePath([first]), { sheet: planSheetName, row: rowNumber });
    } else {
      const isWholeNumber = typeof value === 'number' || /^\d+$/.test(value);
      doc[first] = definition.numeric && isWholeNumber ? Number(value) : String(value);
      locations.set(formatIssuePath([first]), { sheet: planSheetName, row: rowNumber });
    }
  });
}

/**
 * Reads a plan workbook into the plan file shape (the same as YAML), remembering the sheet and
 * row of every element so validation messages can point at them.
 */
export function readPlanWorkbook(workbook: ExcelJS.Workbook): {
  raw: Fields;
  locations: WorkbookLocations;
  issues: LocatedIssue[];
} {
  const doc: Fields = {};
  const locations: WorkbookLocations = new Map();
  const issues: LocatedIssue[] = [];
  readPlanSheet(workbook, doc, locations, issues);

  const simpleLists: Array<[string, RowSheet]> = [
    ['roles', roleSheet],
    ['units', unitSheet],
    ['people', personSheet],
    ['assignments', assignmentSheet],
  ];
  for (const [key, sheet] of simpleLists) {
    doc[key] = readRowSheet(workbook, sheet, issues).map(({ row, fields }, index) => {
      locations.set(formatIssuePath([key, index]), { sheet: sheet.name, row, rowSheet: sheet });
      return fields;
    });
  }

  const areaIndex = new Map<string, number>();
  const areas = readRowSheet(workbook, riskAreaSheet, issues).map(({ row, fields }, index) => {
    locations.set(formatIssuePath(['riskAreas', index]), {
      sheet: riskAreaSheet.name,
      row,
      rowSheet: riskAreaSheet,
    });
    if (typeof fields.id === 'string' && !areaIndex.has(fields.id)) areaIndex.set(fields.id, index);
    return { ...fields, controls: [] as Fields[] } as Fields & { controls: Fields[]; actions?: Fields[] };
  });
  doc.riskAreas = areas;

  const controlsById = new Map<string, Fields & { checkItems: Fields[]; path: Array<string | number> }>();
  /** The control entries themselves (controlsById holds copies with their path). */
  const controlEntries = new Map<string, Fields>();
  for (const { row, fields } of readRowSheet(workbook, controlSheet, issues)) {
    const { riskArea, ...control } = fields;
    const a = areaIndex.get(String(riskArea));
    if (a === undefined) {
      issues.push({
        path: [],
        at: { sheet: controlSheet.name, row },
        column: 'Riskområde-id',
        sv: `Riskområdet "${riskArea ?? ''}" finns inte på fliken Riskområden.`,
        en: `The risk area "${riskArea ?? ''}" is not on the Riskområden sheet.`,
      });
      continue;
    }
    const path = ['riskAreas', a, 'controls', areas[a].controls.length];
    const entry = { ...attests(severalPerformers(nestDates(control))), checkItems: [] as Fields[] };
    areas[a].controls.push(entry);
    locations.set(formatIssuePath(path), { sheet: controlSheet.name, row, rowSheet: controlSheet });
    if (typeof control.id === 'string' && !controlsById.has(control.id)) {
      controlsById.set(control.id, { ...entry, path });
      controlEntries.set(control.id, entry);
    }
  }

  for (const { row, fields } of readRowSheet(workbook, samplingSheet, issues)) {
    const { control: controlId, ...rule } = fields;
    const control = controlsById.get(String(controlId));
    if (!control) {
      issues.push(unknownControlIssue(samplingSheet.name, row, controlId));
      continue;
    }
    const { 'window.from': from, 'window.to': to, ...rest } = rule;
    const path = [...control.path, 'samplingRule'];
    (controlEntries.get(String(controlId)) as Fields).samplingRule = {
      ...rest,
      ...(from !== undefined || to !== undefined ? { window: { from, to } } : {}),
    };
    locations.set(formatIssuePath(path), { sheet: samplingSheet.name, row, rowSheet: samplingSheet });
  }

  for (const { row, fields } of readRowSheet(workbook, checkItemSheet, issues)) {
    const { control: controlId, ...item } = fields;
    const control = controlsById.get(String(controlId));
    if (!control) {
      issues.push(unknownControlIssue(checkItemSheet.name, row, controlId));
      continue;
    }
    const path = [...control.path, 'checkItems', control.checkItems.length];
    control.checkItems.push(item);
    locations.set(formatIssuePath(path), { sheet: checkItemSheet.name, row, rowSheet: checkItemSheet });
  }
  for (const { row, fields } of readRowSheet(workbook, actionSheet, issues)) {
    const { riskArea, ...action } = fields;
    const a = areaIndex.get(String(riskArea));
    if (a === undefined) {
      issues.push({
        path: [],
        at: { sheet: actionSheet.name, row },
        column: 'Riskområde-id',
        sv: `Riskområdet "${riskArea ?? ''}" finns inte på fliken Riskområden.`,
        en: `The risk area "${riskArea ?? ''}" is not on the Riskområden sheet.`,
      });
      continue;
    }
    const list = (areas[a].actions ??= []) as Fields[];
    locations.set(formatIssuePath(['riskAreas', a, 'actions', list.length]), {
      sheet: actionSheet.name,
      row,
      rowSheet: actionSheet,
    });
    list.push({ checkpoints: [], ...action });
  }
  // Controls without check items: leave the key out, as in YAML.
  for (const area of areas)
    for (const control of area.controls)
      if ((control.checkItems as Fields[]).length === 0) delete control.checkItems;
  return { raw: doc, locations, issues };
}

/**
 * Utförare (roll) with several roles, comma-separated, as `performers` (and `answer: each` when
 * followed by "(alla svarar)", else any); one role stays `performer`.
 */
function severalPerformers(control: Fields): Fields {
  const raw = control.performer;
  if (typeof raw !== 'string' || (!raw.includes(',') && !raw.includes(EACH_ANSWERS_MARK))) return control;
  const each = raw.includes(EACH_ANSWERS_MARK);
  const roles = raw
    .replace(EACH_ANSWERS_MARK, '')
    .split(',')
    .map((role) => role.trim())
    .filter(Boolean);
  const { performer: _performer, ...rest } = control;
  return { ...rest, performers: roles, answer: each ? 'each' : 'any' };
}

/** Ansvarig (roll) followed by "(attesterar)" (or "(attesterar inte)") as `attestation`. */
function attests(control: Fields): Fields {
  const raw = control.responsible;
  if (typeof raw !== 'string') return control;
  const not = /\(attesterar inte\)\s*$/.exec(raw);
  if (not) return { ...control, responsible: raw.slice(0, not.index).trim(), attestation: false };
  if (!raw.trimEnd().endsWith(ATTESTS_MARK)) return control;
  return { ...control, responsible: raw.replace(ATTESTS_MARK, '').trim(), attestation: true };
}

/** A row of a sheet that names a control point the Kontrollmoment sheet does not have. */
function unknownControlIssue(sheet: string, row: number, controlId: unknown): LocatedIssue {
  const id = controlId === undefined || controlId === null ? '' : String(controlId);
  return {
    path: [],
    at: { sheet, row },
    column: 'Kontrollmoment-id',
    sv: `Kontrollmomentet "${id}" finns inte på fliken Kontrollmoment.`,
    en: `The control point "${id}" is not on the Kontrollmoment sheet.`,
  };
}
