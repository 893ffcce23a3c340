import type { Occasion } from '../plan/types';

export interface OccasionMonth {
  /** YYYY-MM of the due dates in this group. */
  month: string;
  /** Sorted by due date; occasions due the same day keep their input order. */
  occasions: Occasion[];
}

/** The calendar view: occasions grouped by the month they are due in, months in order. */
export function occasionsByMonth(occasions: readonly Occasion[]): OccasionMonth[] {
  const byMonth = new Map<string, Occasion[]>();
  for (const occasion of occasions) {
    const month = occasion.dueDate.slice(0, 7);
    const group = byMonth.get(month);
    if (group) group.push(occasion);
    else byMonth.set(month, [occasion]);
  }
  return [...byMonth.keys()].sort().map((month) => ({
    month,
    // Array.prototype.sort is stable, which keeps same-day occasions in input order.
    occasions: (byMonth.get(month) ?? []).sort((a, b) =>
      a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : 0,
    ),
  }));
}
