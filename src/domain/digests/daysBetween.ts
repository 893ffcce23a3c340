import type { IsoDate } from '../plan/types';
import { toDayNumber } from '../schedule/dayNumber';

/** Calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return toDayNumber(to) - toDayNumber(from);
}
