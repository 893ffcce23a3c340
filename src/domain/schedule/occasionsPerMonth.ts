import type { Occasion } from '../plan/types';

/**
 * How many occasions fall in each month of the plan year, January first (12 numbers). An occasion
 * belongs to the month its period ends, when the control is carried out; its due date may fall in
 * the next month or year (December's log check is due in January).
 */
export function occasionsPerMonth(occasions: readonly Occasion[], year: number): number[] {
  const counts = Array.from({ length: 12 }, () => 0);
  for (const occasion of occasions) {
    const [periodYear, month] = occasion.period.end.split('-').map(Number);
    if (periodYear === year) counts[month - 1] += 1;
  }
  return counts;
}
