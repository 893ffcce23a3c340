import type { Plan } from '../domain/plan/types';
import type { ActionRecord } from '../domain/ports/ActionRepository';
import type { OccasionRecord, StoredResult } from '../domain/ports/OccasionRepository';
import { isFullyApproved } from '../domain/results/resultScales';
import type { ControlResult } from '../domain/results/types';
import { controlIndex } from '../domain/plan/controlIndex';

/**
 * The action record a stored result calls for: a deviation (an assessment that is not fully
 * approved, or deviations counted) with a proposed action. An amendment creates a new one only
 * when the proposed action itself changed. Undefined when no action is called for.
 */
export function actionFromResult(
  plan: Plan,
  occasion: Pick<OccasionRecord, 'id' | 'planId' | 'controlId' | 'unitId' | 'period'>,
  stored: StoredResult,
  previous: ControlResult | undefined,
): ActionRecord | undefined {
  const result = stored.result;
  if (result.kind !== 'performed' || !result.proposedAction) return undefined;
  const control = controlIndex(plan).get(occasion.controlId)?.control;
  const deviation =
    result.deviations > 0 ||
    (control !== undefined && !isFullyApproved(control.resultScale, result.assessment));
  if (!deviation) return undefined;
  const before = previous?.kind === 'performed' ? previous.proposedAction : undefined;
  const action = result.proposedAction;
  if (
    before &&
    before.what === action.what &&
    before.who === action.who &&
    before.dueDate === action.dueDate
  ) {
    return undefined;
  }
  return {
    id: `${occasion.id}#v${stored.version}`,
    occasionId: occasion.id,
    planId: occasion.planId,
    controlId: occasion.controlId,
    unitId: occasion.unitId,
    periodKey: occasion.period.key,
    what: action.what,
    owner: action.who,
    dueDate: action.dueDate,
    status: 'Ej påbörjad',
    resultVersion: stored.version,
    createdBy: stored.submittedBy,
    createdAt: stored.submittedAt,
  };
}
