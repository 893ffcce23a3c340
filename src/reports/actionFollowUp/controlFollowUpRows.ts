import { resolveAssignment } from '../../domain/plan/resolveAssignment';
import { resultValueOf } from '../../domain/plan/resultValueOf';
import { riskValue } from '../../domain/plan/riskValue';
import { unitsOfControl } from '../../domain/plan/unitsOfControl';
import type { ControlPoint, Plan, RiskArea, Unit } from '../../domain/plan/types';
import type { FollowUpOccasion } from '../../domain/ports/ReportSource';

/** The columns of seed 004's "Uppföljning kontroller" table (Kontroll where the actions have Beslut om åtgärd). */
export const CONTROL_FOLLOW_UP_COLUMNS = [
  'Riskanalys',
  'Risk',
  'Kontroll',
  'Status',
  'Ansvarig / Rapporteringsansvarig',
  'Startdatum / Avstämningsdatum / Slutdatum',
  'Kommentar',
] as const;

export interface ControlFollowUpRow {
  controlId: string;
  unitId: string;
  cells: [string, string, string, string, string, string, string];
}

function datesCell(control: ControlPoint, occasions: readonly FollowUpOccasion[]): string {
  if (control.dates) {
    const { start, checkpoints, end } = control.dates;
    return [
      `Startdatum ${start}`,
      ...(checkpoints.length > 0 ? [`Avstämningsdatum ${checkpoints.join(', ')}`] : []),
      `Slutdatum ${end}`,
    ].join('\n');
  }
  const dues = [...new Set(occasions.map((o) => o.dueDate))].sort();
  const start = occasions.map((o) => o.period.start).sort()[0];
  if (start === undefined) return '';
  return [
    `Startdatum ${start}`,
    ...(dues.length > 1 ? [`Avstämningsdatum ${dues.slice(0, -1).join(', ')}`] : []),
    `Slutdatum ${dues[dues.length - 1]}`,
  ].join('\n');
}

/**
 * "Uppföljning kontroller" in the 004 layout: per control point × unit, the risk area and value,
 * the control, the status (the latest registered assessment, Pågående until one is registered),
 * performer and responsible, the dates (explicit dates, else the first period start, the due
 * dates and the last due date) and every registered comment, newest first, with period, date of
 * the control and who registered it. Pure: a report layout passes the plan and the occasions.
 */
export function controlFollowUpRows(
  plan: Plan,
  occasions: readonly FollowUpOccasion[],
): ControlFollowUpRow[] {
  const byControl = new Map<string, FollowUpOccasion[]>();
  for (const occasion of occasions) {
    const list = byControl.get(occasion.controlId);
    if (list) list.push(occasion);
    else byControl.set(occasion.controlId, [occasion]);
  }
  return plan.riskAreas.flatMap((area) =>
    area.controls.flatMap((control) =>
      controlFollowUpRowsOf(plan, area, control, byControl.get(control.id) ?? []),
    ),
  );
}

/** The rows of one control point (one per unit) from its occasions. */
export function controlFollowUpRowsOf(
  plan: Plan,
  area: RiskArea,
  control: ControlPoint,
  occasions: readonly FollowUpOccasion[],
): ControlFollowUpRow[] {
  const byUnit = new Map<string, FollowUpOccasion[]>();
  for (const occasion of occasions) {
    const list = byUnit.get(occasion.unitId);
    if (list) list.push(occasion);
    else byUnit.set(occasion.unitId, [occasion]);
  }
  return unitsOfControl(plan, control).map((unit) =>
    controlFollowUpRow(plan, area, control, unit, byUnit.get(unit.id) ?? []),
  );
}

/**
 * The row of one control point × unit from that unit's occasions (in any order but, among those
 * due the same day, by period); the report reads one control × unit at a time.
 */
export function controlFollowUpRow(
  plan: Plan,
  area: RiskArea,
  control: ControlPoint,
  unit: Unit,
  occasions: readonly FollowUpOccasion[],
): ControlFollowUpRow {
  const value = riskValue(area);
  const mine = [...occasions].sort((a, b) => (a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : 0));
  const answered = mine.filter((o) => o.result?.result.kind === 'performed').reverse();
  const latest = answered[0]?.result?.result;
  const status =
    latest?.kind === 'performed'
      ? (resultValueOf(control.resultScale, latest.assessment)?.sv ?? latest.assessment)
      : 'Pågående';
  const performer = control.performerRoleId
    ? resolveAssignment(plan, control.performerRoleId, unit.id)?.person.name
    : undefined;
  const responsible = control.responsibleRoleId
    ? resolveAssignment(plan, control.responsibleRoleId, unit.id)?.person.name
    : undefined;
  const comments = answered.flatMap((occasion) => {
    const stored = occasion.result;
    if (!stored || stored.result.kind !== 'performed') return [];
    const text = [stored.result.comment, stored.result.analysis].filter((part) => part).join(' – ');
    if (!text) return [];
    return [
      [`${occasion.period.key} ${stored.result.performedOn}`, text, stored.submittedBy.name].join('\n'),
    ];
  });
  return {
    controlId: control.id,
    unitId: unit.id,
    cells: [
      [area.title, area.description].filter((part) => part).join('\n'),
      value === null ? '' : String(value),
      control.title,
      status,
      [performer, responsible].filter((part) => part).join('\n'),
      datesCell(control, mine),
      comments.join('\n\n'),
    ],
  };
}
