import type { Locale } from '../domain/plan/types';

/**
 * The card `frånvarande` / `away` answers when no end date was written (cards/awayCard.json): the
 * date is asked for on the card, and who substitutes (from the plan) is shown. After setAway it shows
 * what was set, without inputs.
 */
export interface AwayCardData {
  locale: Locale;
  today: string;
  /** Names of the person's substitutes in the plan; empty when the plan names none. */
  substitutes: string[];
  /** The date entered, kept when it has to be corrected. */
  until?: string;
  /** What is wrong with the date entered, in the person's language. */
  problem?: string;
  /** Set after setAway: the confirmation shown instead of the inputs. */
  done?: string;
}

export interface AwayCardView {
  title: string;
  intro: string;
  substituteText: string;
  dateLabel: string;
  dateError: string;
  submitTitle: string;
  until: string;
  today: string;
  hasProblem: boolean;
  problem: string;
  isDone: boolean;
}
