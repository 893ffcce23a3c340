import { dispositionText } from '../../domain/verdicts/dispositionWords';
import type { Cell, ReportBlock } from './ReportBlock';
import type { ReportLayout, ReportModel } from './ReportLayout';

/**
 * The annual-accounts appendix (Alingsås, seed 001, Bilaga 1): one table, each risk area a numbered
 * row with its Bedömning, Resultat and Åtgärd (and the verdict), its control points below it.
 */
export const appendixLayout: ReportLayout = {
  id: 'appendix',
  name: { sv: 'Bilaga till bokslutet', en: 'Annual-accounts appendix' },
  async *blocks({ head, areas }: ReportModel): AsyncIterable<ReportBlock> {
    const closing = head.window.kind === 'interim' ? 'delårsbokslut' : 'årsbokslut';
    yield { kind: 'sheet', name: 'Bilaga 1', widths: [50, 20, 30, 22, 60, 45] };
    yield { kind: 'title', text: `Bilaga 1 – Uppföljning av internkontroll, ${closing} ${head.year}` };
    yield { kind: 'text', text: head.subtitle };
    for (const field of head.fields) yield { kind: 'field', ...field };
    yield { kind: 'blank' };
    const rows: Cell[][] = [];
    const boldRows: number[] = [];
    let number = 0;
    // Only each area's own lines are kept, so the results of one area are released before the next.
    for await (const area of areas) {
      number += 1;
      const decision = area.verdict ? `Beslut: ${dispositionText(area.verdict, 'sv')}` : '';
      boldRows.push(rows.length);
      rows.push([
        `${number}. ${area.title} (${area.carryOver})`,
        null,
        null,
        area.assessment ?? null,
        // The check items aggregated across units and periods follow the written result.
        [area.resultText, ...(area.aggregates ?? []).map((line) => `${line.label}: ${line.value}`)]
          .filter(Boolean)
          .join('\n') || null,
        [area.actionText, decision].filter(Boolean).join('\n') || null,
      ]);
      for (const control of area.controls) {
        rows.push([
          control.control,
          control.frequency,
          control.method,
          control.evaluation,
          control.comment,
          null,
        ]);
      }
    }
    yield {
      kind: 'table',
      columns: ['Vad kontrolleras?', 'Frekvens', 'Metod', 'Bedömning', 'Resultat', 'Åtgärd'],
      rows,
      boldRows,
    };
  },
};
