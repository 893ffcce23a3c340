import type { IsoDate, Plan } from '../plan/types';
import { isoDate } from '../schedule/isoDate';
import { scheduleOf } from '../schedule/scheduleOf';
import type { DigestPeriod } from './DigestPeriod';

/** The last due date of any occasion of the plan: a December or annual period falls due in the next January. */
export function lastDueDateOf(plan: Plan): IsoDate {
  let last = isoDate(plan.year, 12, 31);
  for (const area of plan.riskAreas) {
    for (const control of area.controls) {
      for (const { dueDate } of scheduleOf(plan, control)) if (dueDate > last) last = dueDate;
    }
  }
  return last;
}

/**
 * A plan's whole year as a digest period: every occasion of the plan's periods, whatever its due
 * date, so `status 2024` counts the December controls due in January 2025 as the report does.
 */
export function planYearPeriod(plan: Plan): DigestPeriod {
  return { key: String(plan.year), from: isoDate(plan.year, 1, 1), to: lastDueDateOf(plan) };
}

/**
 * The period a digest of `plan` covers for `requested` (from digestPeriodOf). A whole year (or the
 * year to date once December is reached) of the plan's own year becomes the plan's year, to its last
 * due date; the year to date of a later year (a weekly digest in January) takes an earlier plan
 * whole; any other period (a month, a quarter) stays as asked.
 */
export function digestPeriodForPlan(plan: Plan, requested: DigestPeriod): DigestPeriod {
  if (!/^\d{4}$/.test(requested.key)) return requested;
  const year = Number(requested.key);
  if (year > plan.year) return planYearPeriod(plan);
  if (year === plan.year && requested.to >= isoDate(plan.year, 12, 31)) return planYearPeriod(plan);
  return requested;
}

/**
 * Whether a plan of an earlier year still belongs in the weekly digest on `today`: its last
 * occasions fell due within `recentDays` days (reminders for them are still going out).
 */
export function planStillCurrent(plan: Plan, today: IsoDate, currentYear: number, recentDays = 62): boolean {
  if (plan.year >= currentYear) return plan.year === currentYear;
  const last = new Date(`${lastDueDateOf(plan)}T00:00:00Z`);
  last.setUTCDate(last.getUTCDate() + recentDays);
  return last.toISOString().slice(0, 10) >= today;
}
