import { DOCUMENT_PART, docxPackage } from './docx/docxPackage';
import { boldRun, paragraph, run, TABLE_END, tableRow, tableStart } from './docx/docxXml';
import type { ReportBlock } from './layouts/ReportBlock';
import { ZipWriter } from './zip/ZipWriter';

const HEADINGS = { 1: 'Heading1', 2: 'Heading2', 3: 'Heading3' } as const;

/** The XML of one block, written to the document piece by piece (a table row at a time). */
async function writeBlock(block: ReportBlock, write: (xml: string) => Promise<void>): Promise<void> {
  switch (block.kind) {
    case 'title':
      return write(paragraph(run(block.text), 'Title'));
    case 'heading':
      return write(
        paragraph(run(block.aside ? `${block.text} (${block.aside})` : block.text), HEADINGS[block.level]),
      );
    case 'text':
      for (const part of block.text.split('\n\n').filter(Boolean)) await write(paragraph(run(part)));
      return;
    case 'field': {
      const [first, ...rest] = block.value.split('\n\n');
      await write(paragraph(boldRun(`${block.label}: `) + run(first)));
      for (const part of rest) await write(paragraph(run(part)));
      return;
    }
    case 'table': {
      if (block.rows.length === 0 && block.empty) return write(paragraph(run(block.empty)));
      await write(tableStart(block.columns.length));
      await write(tableRow(block.columns, { bold: true, header: true }));
      const boldRows = new Set(block.boldRows ?? []);
      for (const [index, row] of block.rows.entries())
        await write(
          tableRow(
            row.map((value) => String(value ?? '')),
            { bold: boldRows.has(index) },
          ),
        );
      return write(TABLE_END);
    }
    case 'sheet':
    case 'blank':
      return;
  }
}

/**
 * A layout's blocks as a Word document, in the same order and wording as the xlsx: fields are
 * paragraphs ("Label: value"), so the first table of the document is the layout's first table.
 * The document's XML is deflated as it is written, so memory follows the compressed document
 * (a few megabytes for a hundred thousand rows), not its text or an object per cell.
 */
export async function renderReportDocx(blocks: AsyncIterable<ReportBlock>): Promise<Buffer> {
  const frame = await docxPackage('');
  const zip = new ZipWriter(new Date());
  // The document first: the other parts name the title, known once the blocks are written.
  const document = zip.addText(DOCUMENT_PART);
  const write = (xml: string) => document.write(xml);
  await write(frame.documentStart);
  let title = 'Uppföljning';
  for await (const block of blocks) {
    if (block.kind === 'title') title = block.text;
    await writeBlock(block, write);
  }
  await write(frame.documentEnd);
  await document.close();
  const { parts } = await docxPackage(title);
  for (const part of parts) if (part.content !== null) zip.addBuffer(part.name, part.content);
  return zip.finish();
}
