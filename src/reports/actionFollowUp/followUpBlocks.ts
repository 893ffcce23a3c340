import type { Action } from '../../domain/actions/types';
import type { Plan } from '../../domain/plan/types';
import type { ReportBlock } from '../layouts/ReportBlock';
import { ACTION_FOLLOW_UP_COLUMNS, actionFollowUpRows } from './actionFollowUpRows';
import { CONTROL_FOLLOW_UP_COLUMNS, type ControlFollowUpRow } from './controlFollowUpRows';

/** Column widths (characters) of both 004 tables. */
const WIDTHS = [40, 6, 44, 18, 26, 30, 60];

/** Excel allows 31 characters in a sheet name. */
const sheetName = (name: string) => name.slice(0, 31);

/**
 * The "Uppföljning åtgärder" sheet of seed 004 as report blocks: its own sheet, a title
 * ("Uppföljning åtgärder 2024 – Socialt område"), optional header fields, then the table. The
 * report's actions layout and `ikbot actions export` both render these blocks.
 */
export function actionFollowUpBlocks(
  plan: Plan,
  actions: readonly Action[],
  options: { sheet?: string; fields?: ReportBlock[] } = {},
): ReportBlock[] {
  return [
    { kind: 'sheet', name: sheetName(options.sheet ?? 'Uppföljning åtgärder'), widths: WIDTHS },
    { kind: 'title', text: `Uppföljning åtgärder ${plan.year} – ${plan.organisation}` },
    ...(options.fields ?? []),
    {
      kind: 'table',
      columns: ACTION_FOLLOW_UP_COLUMNS,
      rows: actionFollowUpRows(plan, actions).map((row) => row.cells),
    },
  ];
}

/** The "Uppföljning kontroller" sheet of seed 004 as report blocks, beside the actions. */
export function controlFollowUpBlocks(
  plan: Plan,
  rows: readonly ControlFollowUpRow[],
  options: { sheet?: string } = {},
): ReportBlock[] {
  return [
    { kind: 'sheet', name: sheetName(options.sheet ?? 'Uppföljning kontroller'), widths: WIDTHS },
    { kind: 'title', text: `Uppföljning kontroller ${plan.year} – ${plan.organisation}` },
    { kind: 'table', columns: CONTROL_FOLLOW_UP_COLUMNS, rows: rows.map((row) => row.cells) },
  ];
}
