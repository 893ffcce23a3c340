import type { Locale } from '../domain/plan/types';
import type { Disposition } from '../domain/verdicts/Verdict';
import type { VerdictCardTexts } from '../i18n/verdictCardTexts';

/** One control's outcome as the card shows it. */
export interface VerdictOutcome {
  control: string;
  /** E.g. "Godkänd/delvis godkänd". */
  evaluation: string;
  done: number;
  due: number;
}

/**
 * The year-end verdict of one risk area (cards/verdictCard.json): what the year's results say per
 * control, and the inputs Beslut, Överförs till, Bedömning, Summering, Fortsatta åtgärder, sent
 * with Action.Execute saveVerdict {planId, riskAreaId}.
 */
export interface VerdictCardData {
  locale: Locale;
  timeZone: string;
  planId: string;
  year: number;
  area: { id: string; title: string; carryOver: string; riskText: string };
  outcomes: VerdictOutcome[];
  /** What is written so far (the stored verdict, or what the person typed when it was refused). */
  values: {
    disposition?: Disposition | string;
    transferredTo?: string;
    assessment?: string;
    summary?: string;
    furtherActions?: string;
  };
  saved?: { name: string; at: Date };
  /** Why the last save was refused, in the person's language. */
  errors?: string[];
}

export interface VerdictCardView {
  t: VerdictCardTexts;
  planId: string;
  riskAreaId: string;
  title: string;
  subtitle: string;
  outcomes: Array<{ title: string; value: string }>;
  hasOutcomes: boolean;
  choices: Array<{ title: string; value: string }>;
  disposition: string;
  transferredTo: string;
  assessment: string;
  summary: string;
  furtherActions: string;
  savedText: string;
  hasSaved: boolean;
  errors: Array<{ text: string }>;
  hasErrors: boolean;
}
