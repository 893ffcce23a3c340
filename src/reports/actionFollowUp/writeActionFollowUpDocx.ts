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
import type { Action } from '../../domain/actions/types';
import type { Plan } from '../../domain/plan/types';
import type { OccasionRecord } from '../../domain/ports/OccasionRepository';
import { ACTION_FOLLOW_UP_COLUMNS, actionFollowUpRows } from './actionFollowUpRows';
import { CONTROL_FOLLOW_UP_COLUMNS, controlFollowUpRows } from './controlFollowUpRows';

/** A cell with one paragraph per line, as the seed writes name + name and date + date. */
const cell = (value: string, bold = false) =>
  new TableCell({
    children: value
      .split('\n')
      .map((line) => new Paragraph({ children: [new TextRun({ text: line, bold, size: 16 })] })),
  });

function table(header: readonly string[], rows: ReadonlyArray<readonly string[]>): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: header.map((value) => cell(value, true)) }),
      ...rows.map((row) => new TableRow({ children: row.map((value) => cell(value)) })),
    ],
  });
}

/** The two 004 tables as Word content, for a report layout to place where it wants them. */
export function actionFollowUpDocxParts(
  plan: Plan,
  actions: readonly Action[],
  occasions: readonly OccasionRecord[],
): Array<Paragraph | Table> {
  return [
    new Paragraph({ text: `Uppföljning åtgärder ${plan.year}`, heading: HeadingLevel.HEADING_1 }),
    table(
      ACTION_FOLLOW_UP_COLUMNS,
      actionFollowUpRows(plan, actions).map((row) => row.cells),
    ),
    new Paragraph({ text: `Uppföljning kontroller ${plan.year}`, heading: HeadingLevel.HEADING_1 }),
    table(
      CONTROL_FOLLOW_UP_COLUMNS,
      controlFollowUpRows(plan, occasions).map((row) => row.cells),
    ),
  ];
}

/** The follow-up of actions and controls of plans as a Word document (ikbot actions export --format docx). */
export async function writeActionFollowUpDocx(
  plans: ReadonlyArray<{ plan: Plan; actions: readonly Action[]; occasions: readonly OccasionRecord[] }>,
): Promise<Buffer> {
  const children = plans.flatMap(({ plan, actions, occasions }) => [
    new Paragraph({ text: `${plan.title} – ${plan.organisation}`, heading: HeadingLevel.TITLE }),
    ...actionFollowUpDocxParts(plan, actions, occasions),
  ]);
  return Packer.toBuffer(new Document({ creator: 'ikbot', sections: [{ children }] }));
}
