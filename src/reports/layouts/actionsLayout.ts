import { controlIndex } from '../../domain/plan/controlIndex';
import { unitsOfControl } from '../../domain/plan/unitsOfControl';
import { actionFollowUpBlocks, controlFollowUpBlocks } from '../actionFollowUp/followUpBlocks';
import { controlFollowUpRow, type ControlFollowUpRow } from '../actionFollowUp/controlFollowUpRows';
import type { ReportBlock } from './ReportBlock';
import type { ReportLayout, ReportModel } from './ReportLayout';

/**
 * The follow-up of actions and controls (Mellerud, seed 004): "Uppföljning åtgärder" (one row per
 * decided or proposed action with status, owners, dates and every dated comment) and "Uppföljning
 * kontroller" (one row per control point × unit), each on its own sheet. The same blocks as
 * `ikbot actions export`; the report adds its header fields under the first title.
 */
export const actionsLayout: ReportLayout = {
  id: 'actions',
  name: { sv: 'Uppföljning åtgärder och kontroller', en: 'Follow-up of actions and controls' },
  async *blocks({ plan, head, followUp }: ReportModel): AsyncIterable<ReportBlock> {
    // The control rows are made first, from the plan's occasions in one pass, one control × unit at
    // a time (each released as soon as its row is made), and before anything else is held: V8
    // allocates straight into the old generation for object sites whose objects survived (such
    // as the actions read and kept), which made the occasions' garbage outlast young collections.
    const index = controlIndex(plan);
    const units = new Map(plan.units.map((unit) => [unit.id, unit]));
    const key = (controlId: string, unitId: string) => `${controlId}\n${unitId}`;
    const rowOf = new Map<string, ControlFollowUpRow>();
    for await (const occasions of followUp.occasionsByControlAndUnit()) {
      const { controlId, unitId } = occasions[0];
      const place = index.get(controlId);
      const unit = units.get(unitId);
      if (place && unit)
        rowOf.set(
          key(controlId, unitId),
          controlFollowUpRow(plan, place.riskArea, place.control, unit, occasions),
        );
    }
    const rows = plan.riskAreas.flatMap((area) =>
      area.controls.flatMap((control) =>
        unitsOfControl(plan, control).map(
          (unit) => rowOf.get(key(control.id, unit.id)) ?? controlFollowUpRow(plan, area, control, unit, []),
        ),
      ),
    );
    const fields: ReportBlock[] = [
      ...head.fields.map((field): ReportBlock => ({ kind: 'field', ...field })),
      ...(head.fields.length > 0 ? [{ kind: 'blank' } as const] : []),
    ];
    yield* actionFollowUpBlocks(plan, await followUp.actions(), { fields });
    yield* controlFollowUpBlocks(plan, rows);
  },
};
