import { escapeXml } from '../docx/docxXml';
import type { Cell } from '../layouts/ReportBlock';
import type { TextEntry } from '../zip/ZipWriter';
import { CELL_STYLE, type CellStyle } from './workbookParts';

/** "A" for 1, "Z" for 26, "AA" for 27. */
export function columnName(column: number): string {
  let name = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26))
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/**
 * One worksheet written row by row as SpreadsheetML into its zip entry (deflated as it goes) (as exceljs's
 * streaming writer wrote it: text as t="str", numbers as numbers, a row's style on the row and its
 * cells, merged cells after the rows), so memory does not grow with the number of rows.
 */
export class SheetWriter {
  private readonly merges: string[] = [];
  private rowNumber = 0;
  private started = false;

  constructor(
    private readonly entry: TextEntry,
    private readonly widths: readonly number[],
  ) {}

  private async start(): Promise<void> {
    this.started = true;
    const cols = this.widths
      .map((width, i) => `<col min="${i + 1}" max="${i + 1}" width="${width}" customWidth="1"/>`)
      .join('');
    await this.entry.write(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ' +
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
        '<sheetFormatPr defaultRowHeight="15"/>' +
        (cols ? `<cols>${cols}</cols>` : '') +
        '<sheetData>',
    );
  }

  /**
   * The next row; one without values is left out (it stays empty). `merges` are [from, to] columns
   * (1-based) merged in this row: the cells after the first of each are written empty.
   */
  async row(
    values: readonly Cell[],
    style: CellStyle,
    merges: ReadonlyArray<[number, number]> = [],
  ): Promise<void> {
    if (!this.started) await this.start();
    this.rowNumber += 1;
    const r = this.rowNumber;
    if (values.every((value) => value === null || value === undefined)) return;
    const merged = new Set<number>();
    for (const [from, to] of merges) {
      this.merges.push(`${columnName(from)}${r}:${columnName(to)}${r}`);
      for (let column = from + 1; column <= to; column += 1) merged.add(column);
    }
    const s = style === CELL_STYLE.normal ? '' : ` s="${style}"`;
    let xml = `<row r="${r}"${s ? `${s} customFormat="1"` : ''}>`;
    values.forEach((value, i) => {
      const ref = `${columnName(i + 1)}${r}`;
      if (value === null || value === undefined || merged.has(i + 1)) {
        if (s) xml += `<c r="${ref}"${s}/>`;
      } else if (typeof value === 'number') xml += `<c r="${ref}"${s}><v>${value}</v></c>`;
      else xml += `<c r="${ref}"${s} t="str"><v>${escapeXml(value)}</v></c>`;
    });
    await this.entry.write(`${xml}</row>`);
  }

  async close(): Promise<void> {
    if (!this.started) await this.start();
    const merges =
      this.merges.length > 0
        ? `<mergeCells count="${this.merges.length}">${this.merges.map((ref) => `<mergeCell ref="${ref}"/>`).join('')}</mergeCells>`
        : '';
    await this.entry.write(
      `</sheetData>${merges}<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>`,
    );
    return this.entry.close();
  }
}
