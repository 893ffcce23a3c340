import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { ReportBlock } from './layouts/ReportBlock';

/**
 * A layout's blocks as xlsx, streamed (exceljs WorkbookWriter): each "sheet" block starts a
 * worksheet; rows are committed as they are written, so memory does not grow with the number of
 * results.
 */
export async function renderReportXlsx(blocks: AsyncIterable<ReportBlock>, stream: Writable): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true });
  workbook.creator = 'ikbot';
  let sheet: ExcelJS.Worksheet | undefined;
  const ensureSheet = (): ExcelJS.Worksheet => (sheet ??= workbook.addWorksheet('Rapport'));
  const add = (values: unknown[], style?: (row: ExcelJS.Row) => void, merges: number[][] = []) => {
    const row = ensureSheet().addRow(values);
    style?.(row);
    // Merged before the commit: a committed row can no longer be addressed.
    for (const [from, to] of merges) ensureSheet().mergeCells(row.number, from, row.number, to);
    row.commit();
    return row;
  };
  const bold = (row: ExcelJS.Row) => (row.font = { bold: true });
  for await (const block of blocks) {
    switch (block.kind) {
      case 'sheet':
        sheet?.commit();
        sheet = workbook.addWorksheet(block.name);
        sheet.columns = block.widths.map((width) => ({ width }));
        break;
      case 'title':
        add([block.text], (row) => (row.font = { bold: true, size: 14 }));
        break;
      case 'heading':
        add(block.aside ? [block.text, block.aside] : [block.text], (row) => {
          row.font = block.level === 1 ? { bold: true, size: 13 } : { bold: true };
        });
        break;
      case 'text':
        add([block.text]);
        break;
      case 'field':
        add([block.label, block.value], block.bold ? bold : undefined);
        break;
      case 'blank':
        add([]);
        break;
      case 'table': {
        if (block.groups) {
          const values: string[] = [];
          for (const group of block.groups)
            values.push(group.text, ...Array<string>(group.span - 1).fill(''));
          const merges: number[][] = [];
          let column = 1;
          for (const group of block.groups) {
            if (group.span > 1) merges.push([column, column + group.span - 1]);
            column += group.span;
          }
          add(values, bold, merges);
        }
        add([...block.columns], bold);
        const boldRows = new Set(block.boldRows ?? []);
        block.rows.forEach((values, index) =>
          add(values, (row) => {
            row.alignment = { wrapText: true, vertical: 'top' };
            if (boldRows.has(index)) bold(row);
          }),
        );
        if (block.rows.length === 0 && block.empty) add([block.empty]);
        break;
      }
    }
  }
  sheet?.commit();
  await workbook.commit();
}
