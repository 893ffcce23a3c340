import { fromDayNumber, toDayNumber } from './dayNumber';
import { swedishNonWorkingDays } from './swedishNonWorkingDays';

/**
 * isWorkingDay on a day number from toDayNumber. The working-day functions loop on day numbers
 * through this table so that stepping a day costs a map lookup instead of parsing and formatting
 * ISO strings; a whole year is filled the first time one of its days is asked about.
 */
export function isWorkingDayNumber(dayNumber: number): boolean {
  let working = table.get(dayNumber);
  if (working === undefined) {
    fillYear(new Date(dayNumber * 86_400_000).getUTCFullYear());
    working = table.get(dayNumber) ?? false;
  }
  return working;
}

const table = new Map<number, boolean>();

function fillYear(year: number): void {
  const holidays = swedishNonWorkingDays(year);
  const first = toDayNumber(`${String(year).padStart(4, '0')}-01-01`);
  const last = toDayNumber(`${String(year).padStart(4, '0')}-12-31`);
  for (let day = first; day <= last; day += 1) {
    // 1970-01-01 was a Thursday, so (day number + 4) mod 7 is 0 on Sundays and 6 on Saturdays.
    const weekday = (((day + 4) % 7) + 7) % 7;
    table.set(day, weekday !== 0 && weekday !== 6 && !holidays.has(fromDayNumber(day)));
  }
}
