import type { ControlPoint, Locale } from '../domain/plan/types';
import type { ControlResult } from '../domain/results/types';
import type { CardStrings } from '../i18n/cards';
import type { ControlHeaderData, ControlHeaderView, FactView } from './ControlHeader';
import type { RefreshView } from './refreshView';

/** Who did something to a result, and when. */
export interface ResultEvent {
  name: string;
  at: Date;
}

/**
 * The read-only result (cards/controlSummary.json). Verbs: amendResult {occasionId, version} when
 * `amendable` (answer with the control card filled from resultToFields), refreshCard {occasionId}.
 */
export interface ControlSummaryData extends ControlHeaderData {
  locale: Locale;
  occasionId: string;
  control: ControlHeaderData['control'] & Pick<ControlPoint, 'resultScale' | 'checkItems'>;
  result: ControlResult;
  /** 1 for the first registration, counted up by each amendment. */
  version: number;
  registeredBy: ResultEvent;
  /** The latest amendment, when version > 1. */
  amendedBy?: ResultEvent;
  /** Whether the viewer may amend (performer, substitute or responsible, and the plan still open). */
  amendable: boolean;
  refreshUserIds?: readonly string[];
  /** Time zone of the shown times; Europe/Stockholm unless given. */
  timeZone?: string;
}

/** What cards/controlSummary.json binds to. */
export interface ControlSummaryView extends RefreshView {
  t: CardStrings;
  occasionId: string;
  version: number;
  header: ControlHeaderView;
  registeredText: string;
  versionText: string;
  hasVersionText: boolean;
  isPerformed: boolean;
  isNotApplicable: boolean;
  headline: string;
  headlineColor: 'Good' | 'Warning' | 'Attention' | 'Default';
  reason: string;
  facts: FactView[];
  answers: Array<{ question: string; answer: string }>;
  hasAnswers: boolean;
  comment: string;
  hasComment: boolean;
  analysis: string;
  hasAnalysis: boolean;
  actionFacts: FactView[];
  hasAction: boolean;
  amendable: boolean;
}
