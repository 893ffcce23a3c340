import type { Locale } from '../domain/plan/types';
import type { CardStrings } from '../i18n/cards';
import type { ControlHeaderData, ControlHeaderView } from './ControlHeader';
import type { RefreshView } from './refreshView';

/** Why someone may see a control but not submit its result. */
export type ReadOnlyReason = 'notAssigned' | 'planClosed' | 'occasionClosed';

/**
 * The card for someone not allowed to submit (cards/controlReadOnly.json). No actions; with
 * refreshUserIds, the performer, substitute and responsible get the interactive card by refreshCard
 * {occasionId} while everyone else in a group chat keeps this one.
 */
export interface ControlReadOnlyData extends ControlHeaderData {
  locale: Locale;
  occasionId: string;
  reason: ReadOnlyReason;
  /** E.g. "Inte registrerad" or "Registrerad 2025-07-03"; omitted when empty. */
  statusText?: string;
  refreshUserIds?: readonly string[];
}

export interface ControlReadOnlyView extends RefreshView {
  t: CardStrings;
  occasionId: string;
  header: ControlHeaderView;
  reasonText: string;
  statusText: string;
  hasStatus: boolean;
}
