import type { ControlDates, IsoDate, Period } from '../plan/types';
import { addDays } from './addDays';
import { previousWorkingDay } from './previousWorkingDay';

export interface DatedPeriod {
  period: Period;
  dueDate: IsoDate;
}

/**
 * The occasions of a control with explicit dates: one per checkpoint and one for the end date,
 * each period running from the day after the previous date (the start date for the first) to its
 * own date, due on that date. Keys are <year>-D1, <year>-D2, … in date order. Dates are kept as
 * the plan states them unless `shiftToWorkingDay` asks for the working day on or before each.
 */
export function datedPeriodsOf(dates: ControlDates, year: number): DatedPeriod[] {
  const ends = [...dates.checkpoints.filter((date) => date < dates.end), dates.end];
  const periods: DatedPeriod[] = [];
  let start = dates.start;
  ends.forEach((end, index) => {
    periods.push({
      period: { key: `${year}-D${index + 1}`, start, end },
      dueDate: dates.shiftToWorkingDay ? previousWorkingDay(end) : end,
    });
    start = addDays(end, 1);
  });
  return periods;
}
