import type { DueRule, IsoDate, Period } from '../plan/types';
import { addWorkingDays } from './addWorkingDays';
import { isoDate } from './isoDate';
import { lastDayOfMonth } from './lastDayOfMonth';
import { nextWorkingDay } from './nextWorkingDay';
import { previousWorkingDay } from './previousWorkingDay';

/**
 * When an occasion of `period` is due; always a working day.
 * - workingDaysAfterPeriodEnd N: the Nth working day after the period's last day (N = 0: the
 *   period's last day, moved forward to a working day).
 * - dayOfMonthAfterPeriodEnd D: day D of the next month, moved forward to a working day; D past
 *   the month's end means its last day (31 in a 30-day month), so no rule skips a month.
 * - periodEnd: the last working day on or before the period's last day.
 */
export function dueDateOf(period: Period, dueRule: DueRule): IsoDate {
  switch (dueRule.kind) {
    case 'workingDaysAfterPeriodEnd':
      if (!Number.isInteger(dueRule.days) || dueRule.days < 0) {
        throw new RangeError(`workingDaysAfterPeriodEnd needs 0 or more whole days, got ${dueRule.days}.`);
      }
      return addWorkingDays(period.end, dueRule.days);
    case 'dayOfMonthAfterPeriodEnd': {
      if (!Number.isInteger(dueRule.day) || dueRule.day < 1 || dueRule.day > 31) {
        throw new RangeError(`dayOfMonthAfterPeriodEnd needs a day 1–31, got ${dueRule.day}.`);
      }
      const endYear = Number(period.end.slice(0, 4));
      const endMonth = Number(period.end.slice(5, 7));
      const [year, month] = endMonth === 12 ? [endYear + 1, 1] : [endYear, endMonth + 1];
      const lastDay = Number(lastDayOfMonth(year, month).slice(8, 10));
      return nextWorkingDay(isoDate(year, month, Math.min(dueRule.day, lastDay)));
    }
    case 'periodEnd':
      return previousWorkingDay(period.end);
  }
}
