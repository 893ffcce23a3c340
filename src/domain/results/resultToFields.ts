import { checkItemFieldId, FIELD } from './fieldIds';
import type { ControlResult } from './types';

/**
 * A stored result as the control card's input values (by input id), so that "Ändra resultat"
 * opens the card filled in. The inverse of validateSubmission for a valid result.
 */
export function resultToFields(result: ControlResult): Record<string, string> {
  if (result.kind === 'notApplicable') {
    return {
      [FIELD.notApplicable]: 'true',
      [FIELD.notApplicableReason]: result.reason,
      ...(result.comment ? { [FIELD.comment]: result.comment } : {}),
    };
  }
  const fields: Record<string, string> = {
    [FIELD.assessment]: result.assessment,
    [FIELD.deviations]: String(result.deviations),
    [FIELD.performedOn]: result.performedOn,
  };
  for (const answer of result.answers) fields[checkItemFieldId(answer.itemId)] = String(answer.value);
  if (result.comment) fields[FIELD.comment] = result.comment;
  if (result.analysis) fields[FIELD.analysis] = result.analysis;
  if (result.proposedAction) {
    fields[FIELD.actionWhat] = result.proposedAction.what;
    fields[FIELD.actionWho] = result.proposedAction.who;
    fields[FIELD.actionDue] = result.proposedAction.dueDate;
  }
  if (result.sample) {
    fields[FIELD.samplePopulation] = String(result.sample.population);
    fields[FIELD.sampleSampled] = String(result.sample.sampled);
    fields[FIELD.sampleFindings] = String(result.sample.withFindings);
  }
  return fields;
}
