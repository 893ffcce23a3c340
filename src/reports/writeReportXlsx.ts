import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { Plan } from '../domain/plan/types';
import { areaSections, followUpHead, type ReportPorts } from './buildFollowUpReport';
import { FOLLOW_UP_COLUMNS } from './FollowUpReport';

const WIDTHS = [34, 5, 5, 5, 34, 34, 14, 20, 16, 22, 60];

/**
 * The follow-up report as xlsx, streamed (exceljs WorkbookWriter): sheet "Uppföljning" holds the
 * committee's table; sheet "Resultat per riskområde" the results per unit and period, the check
 * items and the actions of each risk area. Rows are committed as they are written, so memory does
 * not grow with the number of results.
 */
export async function writeReportXlsx(
  ports: ReportPorts,
  plan: Plan,
  year: number,
  stream: Writable,
): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true });
  workbook.creator = 'ikbot';
  const head = await followUpHead(ports, plan, year);
  const table = workbook.addWorksheet('Uppföljning');
  table.columns = WIDTHS.map((width) => ({ width }));
  table.addRow([head.title]).font = { bold: true, size: 14 };
  table.addRow([head.subtitle]);
  table.addRow([]);
  const groups = table.addRow([
    'Riskområde',
    'Riskbedömning',
    '',
    '',
    'Kontrollmoment',
    '',
    '',
    '',
    '',
    'Utvärdering',
    '',
  ]);
  groups.font = { bold: true };
  table.mergeCells(groups.number, 2, groups.number, 4);
  const header = table.addRow([...FOLLOW_UP_COLUMNS]);
  header.font = { bold: true };
  for (const row of head.rows) {
    const added = table.addRow([
      row.riskArea,
      row.s,
      row.k,
      row.r,
      row.control,
      row.method,
      row.frequency,
      row.performer,
      row.responsible,
      row.evaluation,
      row.comment,
    ]);
    added.alignment = { wrapText: true, vertical: 'top' };
    added.commit();
  }
  table.commit();

  const details = workbook.addWorksheet('Resultat per riskområde');
  details.columns = [34, 28, 12, 24, 12, 14, 60].map((width) => ({ width }));
  const bold = (values: unknown[]) => {
    const row = details.addRow(values);
    row.font = { bold: true };
    row.commit();
  };
  for await (const area of areaSections(ports, plan, year)) {
    const title = details.addRow([area.title]);
    title.font = { bold: true, size: 13 };
    title.commit();
    if (area.description) details.addRow([area.description]).commit();
    if (area.assessment) {
      bold(['Bedömning', area.assessment]);
      if (area.resultText) details.addRow(['Resultat', area.resultText]).commit();
      if (area.actionText) details.addRow(['Åtgärd', area.actionText]).commit();
    }
    bold(['Resultat per enhet och period']);
    bold(['Kontrollmoment', 'Enhet', 'Period', 'Bedömning', 'Avvikelser', 'Utförd', 'Kommentar']);
    for (const r of area.results) {
      details
        .addRow([r.control, r.unit, r.period, r.assessment, r.deviations, r.performedOn, r.comment])
        .commit();
    }
    if (area.results.length === 0) details.addRow(['Inga registrerade resultat.']).commit();
    if (area.checkItems.length > 0) {
      bold(['Kontrollfrågor']);
      bold(['Kontrollmoment', 'Enhet', 'Period', 'Kontrollfråga', 'Värde']);
      for (const c of area.checkItems)
        details.addRow([c.control, c.unit, c.period, c.item, c.value]).commit();
    }
    bold(['Åtgärder']);
    if (area.actions.length === 0) details.addRow(['Inga åtgärder.']).commit();
    else {
      bold(['Kontrollmoment', 'Enhet', 'Åtgärd', 'Ansvarig', 'Klart senast', 'Status']);
      for (const a of area.actions)
        details.addRow([a.control, a.unit, a.what, a.owner, a.dueDate, a.status]).commit();
    }
    details.addRow([]).commit();
  }
  details.commit();
  await workbook.commit();
}
