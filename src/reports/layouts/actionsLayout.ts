import { actionFollowUpBlocks, controlFollowUpBlocks } from '../actionFollowUp/followUpBlocks';
import { controlFollowUpRowsOf, type ControlFollowUpRow } from '../actionFollowUp/controlFollowUpRows';
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
    const fields: ReportBlock[] = [
      ...head.fields.map((field): ReportBlock => ({ kind: 'field', ...field })),
      ...(head.fields.length > 0 ? [{ kind: 'blank' } as const] : []),
    ];
    yield* actionFollowUpBlocks(plan, await followUp.actions(), { fields });
    // One control's occasions at a time, so memory follows the largest control, not the plan.
    const rows: ControlFollowUpRow[] = [];
    for (const area of plan.riskAreas)
      for (const control of area.controls)
        rows.push(...controlFollowUpRowsOf(plan, area, control, await followUp.occasionsOf(control.id)));
    yield* controlFollowUpBlocks(plan, rows);
  },
};
