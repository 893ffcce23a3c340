import { dispositionText } from '../../domain/verdicts/dispositionWords';
import type { Verdict } from '../../domain/verdicts/Verdict';

/** A verdict's decision and who assessed it when, as the report shows them. */
export function verdictFields(verdict: Verdict | undefined): Array<{ label: string; value: string }> {
  if (!verdict) return [{ label: 'Beslut', value: 'Ej bedömt ännu' }];
  return [
    { label: 'Beslut', value: dispositionText(verdict, 'sv') },
    { label: 'Bedömt av', value: `${verdict.assessedBy.name}, ${verdict.assessedAt.slice(0, 10)}` },
  ];
}
