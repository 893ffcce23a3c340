import type { Plan } from '../domain/plan/types';
import { occasionsOf } from '../domain/schedule/occasionsOf';

/** One control point's occasions of one period: the units it is done for and when it is due. */
export interface PlanCalendarRow {
  /** YYYY-MM of the period's end: the month the control is carried out. */
  month: string;
  riskAreaId: string;
  controlId: string;
  controlTitle: string;
  periodKey: string;
  unitIds: string[];
  /** Every unit of one control and period shares the due date; kept as a list for safety. */
  dueDates: string[];
}

/** The year's calendar of a plan: rows in month order, then by due date and plan order. */
export function planCalendar(plan: Plan): PlanCalendarRow[] {
  const riskAreaOf = new Map<string, string>();
  const titleOf = new Map<string, string>();
  for (const area of plan.riskAreas) {
    for (const control of area.controls) {
      riskAreaOf.set(control.id, area.id);
      titleOf.set(control.id, control.title);
    }
  }
  const rows = new Map<string, PlanCalendarRow>();
  for (const occasion of occasionsOf(plan)) {
    const key = `${occasion.controlId}\u0000${occasion.period.key}`;
    let row = rows.get(key);
    if (!row) {
      row = {
        month: occasion.period.end.slice(0, 7),
        riskAreaId: riskAreaOf.get(occasion.controlId) ?? '',
        controlId: occasion.controlId,
        controlTitle: titleOf.get(occasion.controlId) ?? occasion.controlId,
        periodKey: occasion.period.key,
        unitIds: [],
        dueDates: [],
      };
      rows.set(key, row);
    }
    row.unitIds.push(occasion.unitId);
    if (!row.dueDates.includes(occasion.dueDate)) row.dueDates.push(occasion.dueDate);
  }
  // Stable sort keeps plan order for rows of the same month and due date.
  return [...rows.values()].sort((a, b) =>
    a.month !== b.month
      ? a.month < b.month
        ? -1
        : 1
      : a.dueDates[0] < b.dueDates[0]
        ? -1
        : a.dueDates[0] > b.dueDates[0]
          ? 1
          : 0,
  );
}
