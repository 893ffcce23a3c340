import { resolveActionPerson, personNamed } from '../domain/actions/resolveActionPerson';
import type { Action } from '../domain/actions/types';
import { controlIndex } from '../domain/plan/controlIndex';
import type { Plan } from '../domain/plan/types';
import type { OccasionRecord, StoredResult } from '../domain/ports/OccasionRepository';
import { isFullyApproved } from '../domain/results/resultScales';
import type { ControlResult } from '../domain/results/types';
import { localDateOf } from '../domain/schedule/localDateOf';

/**
 * The action a stored result proposes: a deviation (an assessment that is not fully approved, or
 * deviations counted) with a proposed action. It is one action per control point × unit: the
 * repository adds this as an entry to the open action of the control × unit when there is one.
 * An amendment proposes again only when the proposed action itself changed. The owner is the
 * person the submitter named (matched against the plan's people), the reporting owner the
 * control's responsible manager for the unit. Undefined when no action is called for.
 */
export function actionFromResult(
  plan: Plan,
  occasion: Pick<OccasionRecord, 'id' | 'planId' | 'controlId' | 'unitId' | 'period' | 'riskAreaId'>,
  stored: StoredResult,
  previous: ControlResult | undefined,
  timeZone: string,
): Action | undefined {
  const result = stored.result;
  if (result.kind !== 'performed' || !result.proposedAction) return undefined;
  const control = controlIndex(plan).get(occasion.controlId)?.control;
  const deviation =
    result.deviations > 0 ||
    (control !== undefined && !isFullyApproved(control.resultScale, result.assessment));
  if (!deviation) return undefined;
  const before = previous?.kind === 'performed' ? previous.proposedAction : undefined;
  const proposal = result.proposedAction;
  if (
    before &&
    before.what === proposal.what &&
    before.who === proposal.who &&
    before.dueDate === proposal.dueDate
  ) {
    return undefined;
  }
  const date = localDateOf(stored.submittedAt, timeZone);
  const reportingOwner = control?.responsibleRoleId
    ? resolveActionPerson(plan, { roleId: control.responsibleRoleId }, occasion.unitId)
    : null;
  const entryId = `${occasion.id}#v${stored.version}`;
  return {
    id: `${occasion.planId}/${occasion.controlId}/${occasion.unitId}/action/${occasion.period.key}#v${stored.version}`,
    planId: occasion.planId,
    year: plan.year,
    riskAreaId: occasion.riskAreaId,
    source: 'result',
    controlId: occasion.controlId,
    occasionId: occasion.id,
    unitId: occasion.unitId,
    text: proposal.what,
    owner: personNamed(plan, proposal.who),
    ...(reportingOwner && { reportingOwner }),
    start: date < proposal.dueDate ? date : proposal.dueDate,
    checkpoints: [],
    end: proposal.dueDate,
    entries: [
      {
        id: entryId,
        at: stored.submittedAt,
        date,
        status: 'Ej påbörjad',
        change: { kind: 'created' },
        comment: proposal.what,
        periodLabel: occasion.period.key,
        author: stored.submittedBy,
      },
    ],
  };
}
