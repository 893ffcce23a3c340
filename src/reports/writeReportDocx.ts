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
import type { Plan } from '../domain/plan/types';
import { areaSections, followUpHead, type ReportPorts } from './buildFollowUpReport';
import { FOLLOW_UP_COLUMNS } from './FollowUpReport';

const text = (value: string | number | null, bold = false) =>
  new TableCell({
    children: [
      new Paragraph({
        children: [new TextRun({ text: value === null ? '' : String(value), bold, size: 16 })],
      }),
    ],
  });

function table(header: readonly string[], rows: Array<Array<string | number | null>>): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: header.map((cell) => text(cell, true)) }),
      ...rows.map((row) => new TableRow({ children: row.map((cell) => text(cell)) })),
    ],
  });
}

/** The follow-up report as a Word document, in the same order and wording as the xlsx. */
export async function writeReportDocx(ports: ReportPorts, plan: Plan, year: number): Promise<Buffer> {
  const head = await followUpHead(ports, plan, year);
  const children: Array<Paragraph | Table> = [
    new Paragraph({ text: head.title, heading: HeadingLevel.TITLE }),
    new Paragraph({ text: head.subtitle }),
    table(
      FOLLOW_UP_COLUMNS,
      head.rows.map((r) => [
        r.riskArea,
        r.s,
        r.k,
        r.r,
        r.control,
        r.method,
        r.frequency,
        r.performer,
        r.responsible,
        r.evaluation,
        r.comment,
      ]),
    ),
  ];
  for await (const area of areaSections(ports, plan, year)) {
    children.push(new Paragraph({ text: area.title, heading: HeadingLevel.HEADING_1 }));
    if (area.description) children.push(new Paragraph({ text: area.description }));
    if (area.assessment) {
      children.push(
        new Paragraph({
          children: [new TextRun({ text: 'Bedömning: ', bold: true }), new TextRun(area.assessment)],
        }),
      );
      for (const part of (area.resultText ?? '').split('\n\n').filter(Boolean))
        children.push(new Paragraph({ text: part }));
      if (area.actionText) {
        children.push(new Paragraph({ text: 'Åtgärd', heading: HeadingLevel.HEADING_3 }));
        for (const part of area.actionText.split('\n\n')) children.push(new Paragraph({ text: part }));
      }
    }
    children.push(new Paragraph({ text: 'Resultat per enhet och period', heading: HeadingLevel.HEADING_2 }));
    children.push(
      area.results.length > 0
        ? table(
            ['Kontrollmoment', 'Enhet', 'Period', 'Bedömning', 'Avvikelser', 'Utförd', 'Kommentar'],
            area.results.map((r) => [
              r.control,
              r.unit,
              r.period,
              r.assessment,
              r.deviations,
              r.performedOn,
              r.comment,
            ]),
          )
        : new Paragraph({ text: 'Inga registrerade resultat.' }),
    );
    if (area.checkItems.length > 0) {
      children.push(new Paragraph({ text: 'Kontrollfrågor', heading: HeadingLevel.HEADING_2 }));
      children.push(
        table(
          ['Kontrollmoment', 'Enhet', 'Period', 'Kontrollfråga', 'Värde'],
          area.checkItems.map((c) => [c.control, c.unit, c.period, c.item, c.value]),
        ),
      );
    }
    children.push(new Paragraph({ text: 'Åtgärder', heading: HeadingLevel.HEADING_2 }));
    children.push(
      area.actions.length > 0
        ? table(
            ['Kontrollmoment', 'Enhet', 'Åtgärd', 'Ansvarig', 'Klart senast', 'Status'],
            area.actions.map((a) => [a.control, a.unit, a.what, a.owner, a.dueDate, a.status]),
          )
        : new Paragraph({ text: 'Inga åtgärder.' }),
    );
  }
  const document = new Document({ creator: 'ikbot', title: head.title, sections: [{ children }] });
  return Packer.toBuffer(document);
}
