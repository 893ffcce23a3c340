import type { DataValidation, Worksheet } from 'exceljs';
import { frequencyChoicesSwedish } from './formatFrequency';
import {
  actionSheet,
  checkItemSheet,
  controlSheet,
  personSheet,
  riskAreaSheet,
  unitSheet,
  type RowSheet,
} from './planSheets';
import {
  answerTypeWords,
  localeWords,
  planStatusWords,
  resultScaleWords,
  unitLevelWords,
  type Vocabulary,
} from './planVocabulary';

/** exceljs keeps sheet-level validations here (keyed by range) but leaves it out of its typings. */
type WithValidations = Worksheet & {
  dataValidations: { add(range: string, validation: DataValidation): void };
};

const lastRow = 1000;

function choices<Code extends string>(vocabulary: Vocabulary<Code>): string[] {
  return vocabulary.codes.map((code) => vocabulary.sv[code]);
}

function listOf(values: string[], strict: boolean): DataValidation {
  return {
    type: 'list',
    allowBlank: true,
    formulae: [`"${values.join(',')}"`],
    showErrorMessage: true,
    // Frequencies such as "Månader: 3, 9" are typed freely, so that list only suggests.
    errorStyle: strict ? 'stop' : 'information',
    errorTitle: 'Ogiltigt värde / Invalid value',
    error: `Välj i listan / Choose from the list: ${values.join(', ')}`,
  };
}

/** Ids from another sheet's first column; 'information' because an owner may also be a role id. */
function idsOn(sheetName: string, strict: boolean): DataValidation {
  return {
    type: 'list',
    allowBlank: true,
    formulae: [`'${sheetName}'!$A$2:$A$${lastRow}`],
    showErrorMessage: true,
    errorStyle: strict ? 'stop' : 'information',
    errorTitle: 'Okänt id / Unknown id',
    error: `Välj ett id från fliken ${sheetName} (eller en roll från Roller) / Choose an id from the ${sheetName} sheet (or a role from Roller)`,
  };
}

const grade: DataValidation = {
  type: 'whole',
  operator: 'between',
  allowBlank: true,
  formulae: [1, 4],
  showErrorMessage: true,
  errorTitle: 'Ogiltigt värde / Invalid value',
  error: 'Ange 1–4 / Enter 1–4',
};

function columnLetter(sheet: RowSheet, field: string): string {
  return String.fromCharCode(65 + sheet.columns.findIndex((column) => column.field === field));
}

const byField: Array<{ sheet: RowSheet; field: string; validation: DataValidation }> = [
  { sheet: riskAreaSheet, field: 'probability', validation: grade },
  { sheet: riskAreaSheet, field: 'consequence', validation: grade },
  { sheet: controlSheet, field: 'frequency', validation: listOf(frequencyChoicesSwedish, false) },
  { sheet: controlSheet, field: 'resultScale', validation: listOf(choices(resultScaleWords), true) },
  { sheet: checkItemSheet, field: 'answer', validation: listOf(choices(answerTypeWords), true) },
  { sheet: personSheet, field: 'locale', validation: listOf(choices(localeWords), true) },
  { sheet: unitSheet, field: 'level', validation: listOf(choices(unitLevelWords), true) },
  { sheet: controlSheet, field: 'dates.shiftToWorkingDay', validation: listOf(['Ja', 'Nej'], true) },
  { sheet: actionSheet, field: 'riskArea', validation: idsOn(riskAreaSheet.name, true) },
  { sheet: actionSheet, field: 'owner', validation: idsOn(personSheet.name, false) },
  { sheet: actionSheet, field: 'reportingOwner', validation: idsOn(personSheet.name, false) },
];

/** Drop-down lists and range checks on the data columns of a row sheet. */
export function addDropDowns(sheet: RowSheet, worksheet: Worksheet): void {
  for (const { sheet: target, field, validation } of byField) {
    if (target !== sheet) continue;
    const column = columnLetter(sheet, field);
    (worksheet as WithValidations).dataValidations.add(`${column}2:${column}${lastRow}`, validation);
  }
}

/** The status drop-down on the Plan sheet's value cell. */
export function addStatusDropDown(worksheet: Worksheet, address: string): void {
  (worksheet as WithValidations).dataValidations.add(address, listOf(choices(planStatusWords), true));
}
