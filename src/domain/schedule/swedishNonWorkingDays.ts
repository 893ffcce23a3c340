import Holidays from 'date-holidays';
import type { IsoDate } from '../plan/types';
import { addDays } from './addDays';
import { isoDate } from './isoDate';

/**
 * The weekday dates a Swedish municipal office is closed, with the reason, for one year.
 * Weekends are not listed; isWorkingDay checks those itself.
 *
 * Decision on date-holidays' SE types (checked against v3.37 for 1990–2100):
 * - `public` (allmänna helgdagar: nyårsdagen, trettondedag jul, långfredagen, påskdagen,
 *   annandag påsk, första maj, Kristi himmelsfärdsdag, nationaldagen, pingstdagen, midsommardagen,
 *   alla helgons dag, juldagen, annandag jul) are non-working.
 * - Midsommarafton, julafton and nyårsafton are non-working too. Semesterlagen 3 a § treats them
 *   as Sundays and municipal agreements give them off. date-holidays marks exactly these three as
 *   `bank`, but we derive them ourselves so that a change of type in a later library version
 *   cannot silently turn them into working days (a test cross-checks the two).
 * - `observance` and `optional` days are working days: skärtorsdagen, valborgsmässoafton,
 *   trettondagsafton, allhelgonaafton (at most shortened days), annandag pingst (no longer a
 *   holiday since 2005), and name days such as Luciadagen.
 */
export function swedishNonWorkingDays(year: number): ReadonlyMap<IsoDate, string> {
  let days = cache.get(year);
  if (!days) {
    days = computeNonWorkingDays(year);
    cache.set(year, days);
  }
  return days;
}

// A year's holidays never change, so one computation per year is enough; date-holidays takes
// about a millisecond per year, far too slow to call per date when 120,000 occasions are planned.
const cache = new Map<number, ReadonlyMap<IsoDate, string>>();
let calendar: Holidays | undefined;

function computeNonWorkingDays(year: number): ReadonlyMap<IsoDate, string> {
  calendar ??= new Holidays('SE');
  const days = new Map<IsoDate, string>();
  let midsummerDay: IsoDate | undefined;
  for (const holiday of calendar.getHolidays(year)) {
    if (holiday.type !== 'public') continue;
    // `date` is local to Sweden ("2025-06-21 00:00:00"), so its first ten characters are the date.
    const date = holiday.date.slice(0, 10);
    days.set(date, holiday.name);
    if (holiday.name === 'midsommardagen') midsummerDay = date;
  }
  // Midsommardagen is the Saturday between 20 and 26 June; its eve is the Friday before.
  days.set(midsummerDay ? addDays(midsummerDay, -1) : midsummerEve(year), 'midsommarafton');
  days.set(isoDate(year, 12, 24), 'julafton');
  days.set(isoDate(year, 12, 31), 'nyårsafton');
  return days;
}

/** The Friday between 19 and 25 June, used if the library ever stops listing midsommardagen. */
function midsummerEve(year: number): IsoDate {
  const weekdayOfJune19 = new Date(Date.UTC(year, 5, 19)).getUTCDay();
  const daysToFriday = (5 - weekdayOfJune19 + 7) % 7;
  return isoDate(year, 6, 19 + daysToFriday);
}
