import ExcelJS from 'exceljs';
import type { Plan } from '../domain/plan/types';
import { formatDueRuleSwedish } from './formatDueRule';
import { formatFrequencySwedish } from './formatFrequency';
import { addDropDowns, addStatusDropDown } from './planDropDowns';
import {
  actionSheet,
  samplingSheet,
  EACH_ANSWERS_MARK,
  ATTESTS_MARK,
  assignmentSheet,
  checkItemSheet,
  controlSheet,
  personSheet,
  planKeys,
  planSheetName,
  riskAreaSheet,
  roleSheet,
  unitSheet,
  type RowSheet,
} from './planSheets';
import { answerTypeWords, handlingWords, planStatusWords, unitLevelWords } from './planVocabulary';
import { withFixedZipDates } from './withFixedZipDates';

type CellValue = string | number | undefined;

function headerRow(worksheet: ExcelJS.Worksheet): void {
  const row = worksheet.getRow(1);
  row.font = { bold: true };
  row.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
  worksheet.views = [{ state: 'frozen', ySplit: 1 }];
}

function addRowSheet(workbook: ExcelJS.Workbook, sheet: RowSheet, rows: CellValue[][]): ExcelJS.Worksheet {
  const worksheet = workbook.addWorksheet(sheet.name);
  worksheet.columns = sheet.columns.map((column) => ({
    header: column.header,
    width: column.width,
    style: { alignment: { vertical: 'top', wrapText: column.width >= 30 } },
  }));
  for (const values of rows) worksheet.addRow(values.map((value) => value ?? null));
  headerRow(worksheet);
  addDropDowns(sheet, worksheet);
  return worksheet;
}

/** Fixed workbook dates, so that exporting the same plan twice gives the same workbook. */
export function workbookDate(plan: Pick<Plan, 'year' | 'adopted'>): Date {
  return new Date(`${plan.adopted?.date ?? `${plan.year}-01-01`}T00:00:00Z`);
}

/**
 * Adds the plan's sheets to a workbook: Plan, Riskområden, Kontrollmoment, Kontrollpunkter,
 * (Stickprov when a control has a sampling rule, or `withSamplingSheet`), Åtgärder, Enheter,
 * Personer, Roller, Tilldelningar.
 */
export function addPlanSheets(
  workbook: ExcelJS.Workbook,
  plan: Plan,
  { withSamplingSheet = false }: { withSamplingSheet?: boolean } = {},
): void {
  const planValues: Record<string, CellValue | CellValue[]> = {
    formatVersion: 1,
    id: plan.id,
    title: plan.title,
    municipality: plan.municipality,
    organisation: plan.organisation,
    board: plan.board,
    year: plan.year,
    status: planStatusWords.sv[plan.status],
    'adopted.date': plan.adopted?.date,
    'adopted.decision': plan.adopted?.decision,
    closedOn: plan.closedOn,
    'closingDates.interim': plan.closingDates.interim,
    'closingDates.annual': plan.closingDates.annual,
    governingDocuments: plan.governingDocuments,
    riskThresholds: plan.riskThresholds.map((t) => `${t.min}–${t.max}: ${handlingWords.sv[t.code]}`),
    ...Object.fromEntries(Object.entries(plan.report ?? {}).map(([key, value]) => [`report.${key}`, value])),
  };
  const planSheet = workbook.addWorksheet(planSheetName);
  planSheet.columns = [
    { header: 'Fält', width: 24 },
    { header: 'Värde', width: 70 },
  ];
  for (const { key, field, repeats } of planKeys) {
    // The report rows only when the plan has report settings: other plans export as before.
    if (field.startsWith('report.') && plan.report === undefined) continue;
    const value = planValues[field];
    const values = repeats ? (value as CellValue[]) : [value as CellValue];
    for (const item of values.length > 0 ? values : [undefined]) {
      const row = planSheet.addRow([key, item === undefined || item === '' ? null : item]);
      if (key === 'Status') addStatusDropDown(planSheet, `B${row.number}`);
    }
  }
  headerRow(planSheet);

  addRowSheet(
    workbook,
    riskAreaSheet,
    plan.riskAreas.map((a) => [
      a.id,
      a.title,
      a.description,
      a.probability ?? undefined,
      a.consequence ?? undefined,
      a.probability !== null && a.consequence !== null ? a.probability * a.consequence : undefined,
      a.carriedOverFrom,
      a.newInYear,
    ]),
  );
  addRowSheet(
    workbook,
    controlSheet,
    plan.riskAreas.flatMap((a) =>
      a.controls.map((c) => [
        a.id,
        c.id,
        c.title,
        c.whatIsChecked,
        c.method,
        formatFrequencySwedish(c.frequency),
        c.dueRule && formatDueRuleSwedish(c.dueRule),
        c.performerRoleIds
          ? `${c.performerRoleIds.join(', ')}${c.answerMode === 'each' ? ` ${EACH_ANSWERS_MARK}` : ''}`
          : c.performerRoleId,
        c.attestation !== undefined && c.responsibleRoleId
          ? `${c.responsibleRoleId}${c.attestation ? ` ${ATTESTS_MARK}` : ' (attesterar inte)'}`
          : c.responsibleRoleId,
        c.unitIds.length > 0 ? c.unitIds.join(', ') : undefined,
        c.samplingNote,
        c.resultScale,
        c.dates?.start,
        c.dates && c.dates.checkpoints.length > 0 ? c.dates.checkpoints.join(', ') : undefined,
        c.dates?.end,
        c.dates?.shiftToWorkingDay === undefined ? undefined : c.dates.shiftToWorkingDay ? 'Ja' : 'Nej',
      ]),
    ),
  );
  addRowSheet(
    workbook,
    checkItemSheet,
    plan.riskAreas.flatMap((a) =>
      a.controls.flatMap((c) =>
        c.checkItems.map((item) => [
          c.id,
          item.id,
          item.text,
          answerTypeWords.sv[item.answerType],
          item.unit,
        ]),
      ),
    ),
  );
  const sampled = plan.riskAreas.flatMap((a) => a.controls.filter((c) => c.samplingRule));
  if (withSamplingSheet || sampled.length > 0)
    addRowSheet(
      workbook,
      samplingSheet,
      sampled.map((c) => [
        c.id,
        c.samplingRule?.what,
        c.samplingRule?.percent,
        c.samplingRule?.count,
        c.samplingRule?.window?.from,
        c.samplingRule?.window?.to,
      ]),
    );
  addRowSheet(
    workbook,
    actionSheet,
    plan.riskAreas.flatMap((area) =>
      (area.actions ?? []).map((a) => [
        area.id,
        a.id,
        a.text,
        'personId' in a.owner ? a.owner.personId : a.owner.roleId,
        a.reportingOwner &&
          ('personId' in a.reportingOwner ? a.reportingOwner.personId : a.reportingOwner.roleId),
        a.unitIds.length > 0 ? a.unitIds.join(', ') : undefined,
        a.start,
        a.checkpoints.length > 0 ? a.checkpoints.join(', ') : undefined,
        a.end,
        a.carriedOverFrom,
      ]),
    ),
  );
  addRowSheet(
    workbook,
    unitSheet,
    plan.units.map((u) => [u.id, u.name, u.parentId, u.level && unitLevelWords.sv[u.level]]),
  );
  addRowSheet(
    workbook,
    personSheet,
    plan.people.map((p) => [p.id, p.name, p.aadObjectId, p.email, p.locale]),
  );
  addRowSheet(
    workbook,
    roleSheet,
    plan.roles.map((r) => [r.id, r.name, r.nameEn]),
  );
  addRowSheet(
    workbook,
    assignmentSheet,
    plan.assignments.map((a) => [a.roleId, a.unitId, a.personId, a.substituteId]),
  );
}

/** The plan as an .xlsx workbook, laid out the way municipalities keep their plans in Excel. */
export async function writePlanWorkbook(plan: Plan): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'ikbot';
  workbook.lastModifiedBy = 'ikbot';
  workbook.created = workbookDate(plan);
  workbook.modified = workbookDate(plan);
  addPlanSheets(workbook, plan);
  return withFixedZipDates(Buffer.from(await workbook.xlsx.writeBuffer()), workbookDate(plan));
}
