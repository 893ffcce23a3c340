import type { Writable } from 'node:stream';
import type { ReportBlock } from './layouts/ReportBlock';
import { SheetWriter } from './xlsx/SheetWriter';
import { ZipWriter } from './zip/ZipWriter';
import {
  CELL_STYLE,
  contentTypes,
  coreProperties,
  packageRels,
  sheetPart,
  styles,
  workbook,
  workbookRels,
} from './xlsx/workbookParts';

/**
 * A layout's blocks as xlsx: each "sheet" block starts a worksheet (blocks before the first go to
 * "Rapport"). Each worksheet is written as text row by row and deflated as it goes, so memory
 * follows the compressed workbook, not a cell object (and its style) per value; the finished
 * file is written to `stream`, which is then ended.
 */
export async function renderReportXlsx(blocks: AsyncIterable<ReportBlock>, stream: Writable): Promise<void> {
  const at = new Date();
  const zip = new ZipWriter(at);
  const names: string[] = [];
  let sheet: SheetWriter | undefined;
  const open = (name: string, widths: readonly number[]): SheetWriter => {
    names.push(name);
    return new SheetWriter(zip.addText(sheetPart(names.length - 1)), widths);
  };
  const current = (): SheetWriter => (sheet ??= open('Rapport', []));
  for await (const block of blocks) {
    switch (block.kind) {
      case 'sheet':
        if (sheet) await sheet.close();
        sheet = open(block.name, block.widths);
        break;
      case 'title':
        await current().row([block.text], CELL_STYLE.title);
        break;
      case 'heading':
        await current().row(
          block.aside ? [block.text, block.aside] : [block.text],
          block.level === 1 ? CELL_STYLE.heading : CELL_STYLE.bold,
        );
        break;
      case 'text':
        await current().row([block.text], CELL_STYLE.normal);
        break;
      case 'field':
        await current().row([block.label, block.value], block.bold ? CELL_STYLE.bold : CELL_STYLE.normal);
        break;
      case 'blank':
        await current().row([], CELL_STYLE.normal);
        break;
      case 'table': {
        if (block.groups) {
          const values: string[] = [];
          const merges: Array<[number, number]> = [];
          let column = 1;
          for (const group of block.groups) {
            values.push(group.text, ...Array<string>(group.span - 1).fill(''));
            if (group.span > 1) merges.push([column, column + group.span - 1]);
            column += group.span;
          }
          await current().row(values, CELL_STYLE.bold, merges);
        }
        await current().row(block.columns, CELL_STYLE.bold);
        const boldRows = new Set(block.boldRows ?? []);
        for (const [index, values] of block.rows.entries())
          await current().row(values, boldRows.has(index) ? CELL_STYLE.boldWrapped : CELL_STYLE.wrapped);
        if (block.rows.length === 0 && block.empty) await current().row([block.empty], CELL_STYLE.normal);
        break;
      }
    }
  }
  await current().close();
  // The workbook's parts after its sheets: they name the sheets, known once all are written.
  const part = (name: string, xml: string) => zip.addBuffer(name, Buffer.from(xml, 'utf8'));
  part('[Content_Types].xml', contentTypes(names.length));
  part('_rels/.rels', packageRels());
  part('xl/workbook.xml', workbook(names));
  part('xl/_rels/workbook.xml.rels', workbookRels(names.length));
  part('xl/styles.xml', styles());
  part('docProps/core.xml', coreProperties(at));
  stream.end(await zip.finish());
}
