/**
 * The workbook layout shared by the Excel writer, reader and template: Swedish sheet names and
 * headers, laid out like the plans municipalities keep in Excel, with the file-format field each
 * column holds.
 */
export interface SheetColumn {
  header: string;
  /** Field in the plan file shape; columns without one (Riskvärde) are written but not read. */
  field?: string;
  width: number;
  /** Cell is a whole number (grades, years). */
  numeric?: boolean;
  /** Cell holds a list separated by commas. */
  list?: boolean;
  required?: boolean;
}

export interface RowSheet {
  name: string;
  /** Workbooks written before the sheet existed may leave it out. */
  optional?: boolean;
  columns: SheetColumn[];
}

export const riskAreaSheet: RowSheet = {
  name: 'Riskområden',
  columns: [
    { header: 'Id', field: 'id', width: 14, required: true },
    { header: 'Riskområde', field: 'title', width: 40, required: true },
    { header: 'Beskrivning', field: 'description', width: 60 },
    { header: 'Sannolikhet (S)', field: 'probability', width: 15, numeric: true },
    { header: 'Konsekvens (K)', field: 'consequence', width: 15, numeric: true },
    { header: 'Riskvärde (R)', width: 13 },
    { header: 'Kvarstår från år', field: 'carriedOverFrom', width: 16, numeric: true },
    { header: 'Ny år', field: 'newInYear', width: 8, numeric: true },
  ],
};

export const controlSheet: RowSheet = {
  name: 'Kontrollmoment',
  columns: [
    { header: 'Riskområde-id', field: 'riskArea', width: 14, required: true },
    { header: 'Id', field: 'id', width: 16, required: true },
    { header: 'Kontrollmoment', field: 'title', width: 40, required: true },
    { header: 'Vad kontrolleras', field: 'whatIsChecked', width: 40 },
    { header: 'Metod', field: 'method', width: 40, required: true },
    { header: 'Frekvens', field: 'frequency', width: 22, required: true },
    { header: 'Förfallodag', field: 'due', width: 28 },
    { header: 'Utförare (roll)', field: 'performer', width: 22 },
    { header: 'Ansvarig (roll)', field: 'responsible', width: 22 },
    { header: 'Enheter', field: 'units', width: 30, list: true },
    { header: 'Urval', field: 'sampling', width: 30 },
    { header: 'Resultatskala', field: 'resultScale', width: 14 },
    // Explicit dates instead of Förfallodag (004: start, avstämningsdatum, slutdatum).
    { header: 'Startdatum', field: 'dates.start', width: 12 },
    { header: 'Avstämningsdatum', field: 'dates.checkpoints', width: 26, list: true },
    { header: 'Slutdatum', field: 'dates.end', width: 12 },
    { header: 'Flytta till arbetsdag', field: 'dates.shiftToWorkingDay', width: 12 },
  ],
};

/** Decided actions (Beslut om åtgärd) of the risk areas, laid out like 004's follow-up. */
export const actionSheet: RowSheet = {
  name: 'Åtgärder',
  optional: true,
  columns: [
    { header: 'Riskområde-id', field: 'riskArea', width: 14, required: true },
    { header: 'Id', field: 'id', width: 14, required: true },
    { header: 'Beslut om åtgärd', field: 'text', width: 50, required: true },
    { header: 'Ansvarig', field: 'owner', width: 20, required: true },
    { header: 'Rapporteringsansvarig', field: 'reportingOwner', width: 20 },
    { header: 'Enheter', field: 'units', width: 24, list: true },
    { header: 'Startdatum', field: 'start', width: 12, required: true },
    { header: 'Avstämningsdatum', field: 'checkpoints', width: 26, list: true },
    { header: 'Slutdatum', field: 'end', width: 12, required: true },
    { header: 'Överförd från år', field: 'carriedOverFrom', width: 16, numeric: true },
  ],
};

export const checkItemSheet: RowSheet = {
  name: 'Kontrollpunkter',
  columns: [
    { header: 'Kontrollmoment-id', field: 'control', width: 18, required: true },
    { header: 'Id', field: 'id', width: 20, required: true },
    { header: 'Kontrollpunkt', field: 'text', width: 70, required: true },
    { header: 'Svarstyp', field: 'answer', width: 16, required: true },
    { header: 'Måttenhet', field: 'unit', width: 12 },
  ],
};

/**
 * Sampling rules (stickprov) of control points: one row per sampled control. Written only when a
 * control has a rule (and in the template), so workbooks of plans without rules are unchanged.
 */
/** Excel mark of `answer: each` after the roles in Utförare (roll): "systemforvaltare, mas (alla svarar)". */
export const EACH_ANSWERS_MARK = '(alla svarar)';

/** Excel mark of `attestation: true` after the role in Ansvarig (roll): "enhetschef (attesterar)". */
export const ATTESTS_MARK = '(attesterar)';

export const samplingSheet: RowSheet = {
  name: 'Stickprov',
  optional: true,
  columns: [
    { header: 'Kontrollmoment-id', field: 'control', width: 18, required: true },
    { header: 'Vad granskas', field: 'what', width: 40, required: true },
    { header: 'Andel (%)', field: 'percent', width: 12, numeric: true },
    { header: 'Antal', field: 'count', width: 10, numeric: true },
    { header: 'Granskningsperiod från', field: 'window.from', width: 14 },
    { header: 'Granskningsperiod till', field: 'window.to', width: 14 },
  ],
};

export const unitSheet: RowSheet = {
  name: 'Enheter',
  columns: [
    { header: 'Id', field: 'id', width: 22, required: true },
    { header: 'Namn', field: 'name', width: 40, required: true },
    { header: 'Överordnad enhet', field: 'parent', width: 22 },
    { header: 'Nivå', field: 'level', width: 14 },
  ],
};

export const personSheet: RowSheet = {
  name: 'Personer',
  columns: [
    { header: 'Id', field: 'id', width: 18, required: true },
    { header: 'Namn', field: 'name', width: 32, required: true },
    { header: 'Entra ID-objekt-id', field: 'aadObjectId', width: 40 },
    { header: 'E-post', field: 'email', width: 34 },
    { header: 'Språk', field: 'locale', width: 8 },
  ],
};

export const roleSheet: RowSheet = {
  name: 'Roller',
  columns: [
    { header: 'Id', field: 'id', width: 26, required: true },
    { header: 'Namn', field: 'name', width: 34, required: true },
    { header: 'Namn på engelska', field: 'nameEn', width: 40 },
  ],
};

export const assignmentSheet: RowSheet = {
  name: 'Tilldelningar',
  columns: [
    { header: 'Roll', field: 'role', width: 26, required: true },
    { header: 'Enhet', field: 'unit', width: 22, required: true },
    { header: 'Person', field: 'person', width: 18, required: true },
    { header: 'Ersättare', field: 'substitute', width: 18 },
  ],
};

/** The key/value "Plan" sheet: one row per field; Styrdokument and Riskgräns may repeat. */
export const planSheetName = 'Plan';
export const planKeys: Array<{ key: string; field: string; numeric?: boolean; repeats?: boolean }> = [
  { key: 'Formatversion', field: 'formatVersion', numeric: true },
  { key: 'Id', field: 'id' },
  { key: 'Titel', field: 'title' },
  { key: 'Kommun', field: 'municipality' },
  { key: 'Organisation', field: 'organisation' },
  { key: 'Nämnd', field: 'board' },
  { key: 'År', field: 'year', numeric: true },
  { key: 'Status', field: 'status' },
  { key: 'Antagen datum', field: 'adopted.date' },
  { key: 'Beslut (paragraf)', field: 'adopted.decision' },
  { key: 'Avslutad datum', field: 'closedOn' },
  { key: 'Delårsbokslut datum', field: 'closingDates.interim' },
  { key: 'Årsbokslut datum', field: 'closingDates.annual' },
  { key: 'Styrdokument', field: 'governingDocuments', repeats: true },
  { key: 'Riskgräns', field: 'riskThresholds', repeats: true },
  { key: 'Rapportlayout', field: 'report.layout' },
  { key: 'Diarienummer', field: 'report.diarienummer' },
  { key: 'Rapportbeslut datum', field: 'report.decisionDate' },
  { key: 'Rapportbeslut paragraf', field: 'report.decisionParagraph' },
  { key: 'Rapporteras till', field: 'report.reportTo' },
  { key: 'Rapportdatum', field: 'report.reportDate' },
  { key: 'Upprättad av', field: 'report.preparedBy' },
  { key: 'Delår brytdatum', field: 'report.interimCutOff' },
];

/** Sheets in workbook order. */
export const rowSheets = [
  riskAreaSheet,
  controlSheet,
  checkItemSheet,
  actionSheet,
  unitSheet,
  personSheet,
  roleSheet,
  assignmentSheet,
];
