import { Document, isMap, isScalar, isSeq, visit } from 'yaml';
import type { Plan } from '../domain/plan/types';
import { planToDocument } from './planToDocument';

const header = '# Plan för intern kontroll (internal-control plan). Format: docs/plan-format.md\n';

function toYaml(plan: Plan): string {
  const document = new Document(planToDocument(plan));
  visit(document, {
    Seq(_, seq) {
      // Short lists of plain values (units, months) read best on one line: units: [ifo, stab].
      if (seq.items.every((item) => isScalar(item) && typeof item.value !== 'string')) seq.flow = true;
      if (
        seq.items.every((item) => isScalar(item) && typeof item.value === 'string' && item.value.length < 30)
      ) {
        seq.flow = seq.items.length > 0 && seq.items.length <= 8;
      }
    },
    Pair(_, pair) {
      if (!isScalar(pair.key)) return;
      const key = pair.key.value;
      if (key === 'frequency' && isMap(pair.value)) pair.value.flow = true;
      if (key === 'riskThresholds' && isSeq(pair.value)) {
        for (const item of pair.value.items) if (isMap(item)) item.flow = true;
      }
    },
  });
  // A blank line before each top-level list and between risk areas, as a person would write it.
  if (isMap(document.contents)) {
    for (const pair of document.contents.items) {
      if (isScalar(pair.key) && isSeq(pair.value) && !pair.value.flow) pair.key.spaceBefore = true;
    }
  }
  const riskAreas = document.get('riskAreas');
  if (isSeq(riskAreas)) {
    for (const area of riskAreas.items.slice(1)) if (isMap(area)) area.spaceBefore = true;
  }
  return header + document.toString({ lineWidth: 0, indentSeq: true, flowCollectionPadding: false });
}

/** The plan as YAML or JSON text. Deterministic: the same plan always gives the same bytes. */
export function writePlanText(plan: Plan, format: 'yaml' | 'json'): string {
  return format === 'json' ? `${JSON.stringify(planToDocument(plan), null, 2)}\n` : toYaml(plan);
}
