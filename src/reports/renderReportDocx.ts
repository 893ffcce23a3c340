import {
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { Cell, ReportBlock } from './layouts/ReportBlock';

const cell = (value: Cell, bold = false) =>
  new TableCell({
    children: String(value ?? '')
      .split('\n')
      .map((line) => new Paragraph({ children: [new TextRun({ text: line, bold, size: 16 })] })),
  });

function table(block: Extract<ReportBlock, { kind: 'table' }>): Table {
  const boldRows = new Set(block.boldRows ?? []);
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: block.columns.map((text) => cell(text, true)) }),
      ...block.rows.map(
        (row, index) => new TableRow({ children: row.map((value) => cell(value, boldRows.has(index))) }),
      ),
    ],
  });
}

const HEADINGS = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;

/**
 * A layout's blocks as a Word document, in the same order and wording as the xlsx: fields are
 * paragraphs ("Label: value"), so the first table of the document is the layout's first table.
 */
export async function renderReportDocx(blocks: AsyncIterable<ReportBlock>): Promise<Buffer> {
  const children: Array<Paragraph | Table> = [];
  let title = 'Uppföljning';
  for await (const block of blocks) {
    switch (block.kind) {
      case 'title':
        title = block.text;
        children.push(new Paragraph({ text: block.text, heading: HeadingLevel.TITLE }));
        break;
      case 'heading':
        children.push(
          new Paragraph({
            text: block.aside ? `${block.text} (${block.aside})` : block.text,
            heading: HEADINGS[block.level],
          }),
        );
        break;
      case 'text':
        for (const part of block.text.split('\n\n').filter(Boolean))
          children.push(new Paragraph({ text: part }));
        break;
      case 'field': {
        const [first, ...rest] = block.value.split('\n\n');
        children.push(
          new Paragraph({
            children: [new TextRun({ text: `${block.label}: `, bold: true }), new TextRun(first)],
          }),
        );
        for (const part of rest) children.push(new Paragraph({ text: part }));
        break;
      }
      case 'table':
        children.push(
          block.rows.length === 0 && block.empty ? new Paragraph({ text: block.empty }) : table(block),
        );
        break;
      case 'sheet':
      case 'blank':
        break;
    }
  }
  const document = new Document({ creator: 'ikbot', title, sections: [{ children }] });
  return Packer.toBuffer(document);
}
