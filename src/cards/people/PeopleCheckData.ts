import type { PersonReach } from '../../domain/people/PersonReach';
import type { Locale } from '../../domain/plan/types';

/** The people check (cards/peopleCheck.json): for every person in a plan, whether ikbot reaches them. */
export interface PeopleCheckData {
  locale: Locale;
  planId: string;
  reaches: readonly PersonReach[];
}

export interface PeopleCheckView {
  heading: string;
  summary: string;
  /** Not reachable first (what to act on), then unknown, then reachable; empty groups left out. */
  groups: Array<{ title: string; color: 'Attention' | 'Warning' | 'Good'; people: Array<{ line: string }> }>;
  footnote: string;
}
