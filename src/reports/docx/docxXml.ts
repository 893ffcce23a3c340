/**
 * WordprocessingML as text, as the docx library writes it for the report's blocks (runs with
 * xml:space="preserve", table header rows repeated, 8 pt table text), without its object graph.
 */

/** Characters XML 1.0 does not allow (control characters other than tab and line breaks). */
// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;

export function escapeXml(text: string): string {
  return text
    .replace(NOT_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

const BOLD = '<w:b/><w:bCs/>';
/** Table text: 8 pt. */
const SMALL = '<w:sz w:val="16"/><w:szCs w:val="16"/>';

export function run(text: string, properties = ''): string {
  const rPr = properties ? `<w:rPr>${properties}</w:rPr>` : '';
  return `<w:r>${rPr}<w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r>`;
}

export const boldRun = (text: string) => run(text, BOLD);

/** A paragraph of runs, in a named style (Title, Heading1) or the normal one. */
export function paragraph(runs: string, style?: string): string {
  const pPr = style ? `<w:pPr><w:pStyle w:val="${style}"/></w:pPr>` : '';
  return `<w:p>${pPr}${runs}</w:p>`;
}

/** Width of the text on an A4 portrait page with 1-inch margins, in twips: the table spans it. */
const TEXT_WIDTH = 9026;

/** <w:tbl> with its properties and grid: full width, single borders, equal columns. */
export function tableStart(columns: number): string {
  const border = (side: string) => `<w:${side} w:val="single" w:color="auto" w:sz="4"/>`;
  const borders = ['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map(border).join('');
  const width = Math.round(TEXT_WIDTH / columns);
  return (
    `<w:tbl><w:tblPr><w:tblW w:type="pct" w:w="5000"/><w:tblBorders>${borders}</w:tblBorders></w:tblPr>` +
    `<w:tblGrid>${`<w:gridCol w:w="${width}"/>`.repeat(columns)}</w:tblGrid>`
  );
}

export const TABLE_END = '</w:tbl>';

/** One row; each cell's lines are its paragraphs. The header row repeats on every page. */
export function tableRow(
  cells: ReadonlyArray<string>,
  options: { bold?: boolean; header?: boolean } = {},
): string {
  const properties = options.bold ? BOLD + SMALL : SMALL;
  let xml = options.header ? '<w:tr><w:trPr><w:tblHeader/></w:trPr>' : '<w:tr>';
  for (const cell of cells) {
    xml += '<w:tc>';
    for (const line of cell.split('\n')) xml += `<w:p>${run(line, properties)}</w:p>`;
    xml += '</w:tc>';
  }
  return `${xml}</w:tr>`;
}
