import { formatNumber } from '../../cards/formatNumber';
import type { AreaSection, FollowUpTableRow } from '../FollowUpReport';
import type { Cell, ReportBlock } from './ReportBlock';
import type { ReportLayout, ReportModel } from './ReportLayout';
import { verdictFields } from './verdictFields';

const n = (value: number) => formatNumber(value, 'sv');

/** "121 av 144 (84 %)", with the occasions not yet due in an interim report. */
export function shareText(row: FollowUpTableRow): string {
  const { due, done, notYetDue } = row.counts;
  const later = notYetDue > 0 ? `; ${n(notYetDue)} ej förfallna ännu` : '';
  if (due === 0) return `Inga kontrolltillfällen${later}`;
  return `${n(done)} av ${n(due)} (${n(Math.round((done / due) * 100))} %)${later}`;
}

/** Iakttagelser: the evaluation, the deviations and what the performers commented (distinct, at most five). */
function findings(row: FollowUpTableRow, area: AreaSection): string {
  const comments = [
    ...new Set(area.results.filter((r) => r.controlId === row.controlId && r.comment).map((r) => r.comment)),
  ];
  const count = row.counts.deviations;
  const deviations = count > 0 ? `${n(count)} ${count === 1 ? 'avvikelse' : 'avvikelser'}` : '';
  return [[row.evaluation, deviations].filter(Boolean).join(', '), ...comments.slice(0, 5)].join('\n');
}

function actionsOf(area: AreaSection, controlId: string, done: boolean): string {
  return area.actions
    .filter((a) => a.controlId === controlId && (a.status === 'Genomförd') === done)
    .map((a) => `${a.what} (${a.unit}, ${a.status.toLowerCase()}${done ? '' : `, senast ${a.dueDate}`})`)
    .join('\n');
}

/**
 * The management report (Askersund, seed 003): per control area (kontrollområde) a header with
 * Nämnd/förvaltning/enhet, Kontrollområde, Rapportering till, the period and the date the control
 * was performed; per control point its results as "x av y (z %)", the findings (iakttagelser), the
 * actions taken (Vidtagna åtgärder: done) and proposed (Förslag till åtgärder: not yet done), then the
 * area's further actions and verdict.
 */
export const managementLayout: ReportLayout = {
  id: 'management',
  name: { sv: 'Rapport till ledningen', en: 'Management report' },
  async *blocks({ plan, head, areas }: ReportModel): AsyncIterable<ReportBlock> {
    const window = head.window;
    const periodEnd = window.kind === 'interim' ? window.cutOff : `${window.year}-12-31`;
    const reportTo = plan.report?.reportTo ?? '';
    yield { kind: 'sheet', name: 'Rapport', widths: [40, 24, 45, 40, 40] };
    yield {
      kind: 'title',
      text: `Rapport intern kontroll ${window.kind === 'interim' ? 'delår ' : ''}${head.year}`,
    };
    for (const field of head.fields.filter(
      (f) => !['Nämnd', 'Förvaltning', 'Period', 'Rapporteras till'].includes(f.label),
    )) {
      yield { kind: 'field', ...field };
    }
    for await (const area of areas) {
      const performed = area.results
        .map((r) => r.performedOn)
        .filter(Boolean)
        .sort();
      yield { kind: 'blank' };
      yield { kind: 'heading', level: 1, text: area.title, aside: area.carryOver };
      yield {
        kind: 'field',
        label: 'Nämnd/förvaltning/enhet',
        value: [plan.board, plan.organisation].filter(Boolean).join(' / '),
      };
      yield { kind: 'field', label: 'Kontrollområde', value: area.title };
      yield { kind: 'field', label: 'Rapportering till', value: reportTo };
      yield { kind: 'field', label: 'Kontroll avser tidsperiod', value: `${window.from} – ${periodEnd}` };
      yield { kind: 'field', label: 'Kontroll utförd (datum)', value: performed[performed.length - 1] ?? '' };
      const rows: Cell[][] = area.controls.map((row) => [
        row.control,
        shareText(row),
        findings(row, area),
        actionsOf(area, row.controlId, true),
        actionsOf(area, row.controlId, false),
      ]);
      yield {
        kind: 'table',
        columns: ['Kontrollpunkt', 'Resultat', 'Iakttagelser', 'Vidtagna åtgärder', 'Förslag till åtgärder'],
        rows,
      };
      for (const line of area.aggregates ?? []) yield { kind: 'field', label: line.label, value: line.value };
      if (area.resultText) yield { kind: 'field', label: 'Summering', value: area.resultText };
      if (area.actionText) yield { kind: 'field', label: 'Fortsatta åtgärder', value: area.actionText };
      for (const field of verdictFields(area.verdict)) yield { kind: 'field', ...field };
    }
  },
};
