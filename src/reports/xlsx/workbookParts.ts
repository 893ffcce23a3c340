import { escapeXml } from '../docx/docxXml';

/**
 * The fixed parts of the report's workbook, as exceljs wrote them for it: content types,
 * relationships, the workbook with its sheets, and the handful of cell styles the report uses.
 */
const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const RELS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const DOC_RELS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** Cell styles by id in styles.xml (cellXfs). */
export const CELL_STYLE = { normal: 0, title: 1, heading: 2, bold: 3, wrapped: 4, boldWrapped: 5 } as const;
export type CellStyle = (typeof CELL_STYLE)[keyof typeof CELL_STYLE];

export const sheetPart = (index: number) => `xl/worksheets/sheet${index + 1}.xml`;

export function contentTypes(sheets: number): string {
  const sheet = (i: number) =>
    `<Override PartName="/${sheetPart(i)}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`;
  return (
    `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
    Array.from({ length: sheets }, (_, i) => sheet(i)).join('') +
    '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
    '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>' +
    '</Types>'
  );
}

export const packageRels = (): string =>
  `${XML}<Relationships xmlns="${RELS}">` +
  `<Relationship Id="rId1" Type="${DOC_RELS}/officeDocument" Target="xl/workbook.xml"/>` +
  `<Relationship Id="rId2" Type="${RELS}/metadata/core-properties" Target="docProps/core.xml"/>` +
  '</Relationships>';

export function workbook(sheetNames: readonly string[]): string {
  const sheets = sheetNames
    .map(
      (name, i) => `<sheet sheetId="${i + 1}" name="${escapeXml(name)}" state="visible" r:id="rId${i + 2}"/>`,
    )
    .join('');
  return `${XML}<workbook xmlns="${MAIN}" xmlns:r="${DOC_RELS}"><sheets>${sheets}</sheets></workbook>`;
}

export function workbookRels(sheets: number): string {
  const sheet = (i: number) =>
    `<Relationship Id="rId${i + 2}" Type="${DOC_RELS}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`;
  return (
    `${XML}<Relationships xmlns="${RELS}">` +
    `<Relationship Id="rId1" Type="${DOC_RELS}/styles" Target="styles.xml"/>` +
    Array.from({ length: sheets }, (_, i) => sheet(i)).join('') +
    '</Relationships>'
  );
}

/** Calibri 11; the title bold 14, an area's heading bold 13, bold; table rows wrapped at the top. */
export const styles = (): string => {
  const fonts = [
    '<font><sz val="11"/><name val="Calibri"/><family val="2"/></font>',
    '<font><b/><sz val="14"/></font>',
    '<font><b/><sz val="13"/></font>',
    '<font><b/></font>',
  ];
  const xf = (fontId: number, wrapped = false) =>
    `<xf numFmtId="0" fontId="${fontId}" fillId="0" borderId="0" xfId="0"${fontId > 0 ? ' applyFont="1"' : ''}` +
    (wrapped ? ' applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>' : '/>');
  // In the order of CELL_STYLE.
  const cellXfs = [xf(0), xf(1), xf(2), xf(3), xf(0, true), xf(3, true)];
  return (
    `${XML}<styleSheet xmlns="${MAIN}">` +
    `<fonts count="${fonts.length}">${fonts.join('')}</fonts>` +
    '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
    '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
    `<cellXfs count="${cellXfs.length}">${cellXfs.join('')}</cellXfs>` +
    '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
    '</styleSheet>'
  );
};

export const coreProperties = (at: Date): string => {
  const when = `${at.toISOString().slice(0, 19)}Z`;
  return (
    `${XML}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ` +
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ' +
    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:creator>ikbot</dc:creator>' +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${when}</dcterms:created>` +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${when}</dcterms:modified></cp:coreProperties>`
  );
};
