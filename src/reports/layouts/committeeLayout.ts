import { FOLLOW_UP_COLUMNS } from '../FollowUpReport';
import type { ReportBlock } from './ReportBlock';
import type { ReportLayout, ReportModel } from './ReportLayout';
import { verdictFields } from './verdictFields';

/**
 * The committee's table (Vaggeryd, seed 000): sheet "Uppföljning" with one row per control
 * (Riskområde | S K R | Kontrollmoment ... | Utvärdering | Kommentar), then per risk area its
 * description, Bedömning, Resultat, Åtgärd, the verdict, the results per unit and period, the
 * check items and the actions.
 */
export const committeeLayout: ReportLayout = {
  id: 'committee',
  name: { sv: 'Nämndens tabell', en: "The committee's table" },
  async *blocks({ head, areas }: ReportModel): AsyncIterable<ReportBlock> {
    yield { kind: 'sheet', name: 'Uppföljning', widths: [34, 5, 5, 5, 34, 34, 14, 20, 16, 22, 60] };
    yield { kind: 'title', text: head.title };
    yield { kind: 'text', text: head.subtitle };
    for (const field of head.fields) yield { kind: 'field', ...field };
    yield { kind: 'blank' };
    yield {
      kind: 'table',
      groups: [
        { text: 'Riskområde', span: 1 },
        { text: 'Riskbedömning', span: 3 },
        { text: 'Kontrollmoment', span: 5 },
        { text: 'Utvärdering', span: 2 },
      ],
      columns: FOLLOW_UP_COLUMNS,
      rows: head.rows.map((r) => [
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
    };
    yield { kind: 'sheet', name: 'Resultat per riskområde', widths: [34, 28, 12, 24, 12, 14, 60] };
    for await (const area of areas) {
      yield { kind: 'heading', level: 1, text: area.title, aside: area.carryOver };
      if (area.description) yield { kind: 'text', text: area.description };
      if (area.assessment) yield { kind: 'field', label: 'Bedömning', value: area.assessment, bold: true };
      if (area.resultText) yield { kind: 'field', label: 'Resultat', value: area.resultText };
      if (area.actionText) yield { kind: 'field', label: 'Åtgärd', value: area.actionText };
      for (const field of verdictFields(area.verdict)) yield { kind: 'field', ...field };
      for (const line of area.aggregates ?? []) yield { kind: 'field', label: line.label, value: line.value };
      yield { kind: 'heading', level: 2, text: 'Resultat per enhet och period' };
      yield {
        kind: 'table',
        columns: ['Kontrollmoment', 'Enhet', 'Period', 'Bedömning', 'Avvikelser', 'Utförd', 'Kommentar'],
        rows: area.results.map((r) => [
          r.control,
          r.unit,
          r.period,
          r.assessment,
          r.deviations,
          r.performedOn,
          r.comment,
        ]),
        empty: 'Inga registrerade resultat.',
      };
      if (area.checkItems.length > 0) {
        yield { kind: 'heading', level: 2, text: 'Kontrollfrågor' };
        yield {
          kind: 'table',
          columns: ['Kontrollmoment', 'Enhet', 'Period', 'Kontrollfråga', 'Värde'],
          rows: area.checkItems.map((c) => [c.control, c.unit, c.period, c.item, c.value]),
        };
      }
      if (area.samples && area.samples.length > 0) {
        yield { kind: 'heading', level: 2, text: 'Stickprov' };
        yield {
          kind: 'table',
          columns: ['Kontrollmoment', 'Enhet', 'Period', 'Metod', 'Granskade', 'Med brister'],
          rows: area.samples.map((s) => [s.control, s.unit, s.period, s.method, s.share, s.withFindings]),
        };
      }
      if (area.evidence && area.evidence.length > 0) {
        yield { kind: 'heading', level: 2, text: 'Underlag' };
        yield {
          kind: 'table',
          columns: ['Kontrollmoment', 'Enhet', 'Period', 'Fil', 'Bifogad av', 'Länk'],
          rows: area.evidence.map((e) => [
            e.control,
            e.unit,
            e.period,
            e.fileName,
            `${e.uploadedBy} ${e.uploadedOn}`,
            e.url,
          ]),
        };
      }
      yield { kind: 'heading', level: 2, text: 'Åtgärder' };
      yield {
        kind: 'table',
        columns: ['Kontrollmoment', 'Enhet', 'Åtgärd', 'Ansvarig', 'Klart senast', 'Status'],
        rows: area.actions.map((a) => [a.control, a.unit, a.what, a.owner, a.dueDate, a.status]),
        empty: 'Inga åtgärder.',
      };
      yield { kind: 'blank' };
    }
  },
};
