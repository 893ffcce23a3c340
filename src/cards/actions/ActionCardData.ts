import type { ActionIssue } from '../../domain/actions/ActionIssue';
import type { Action } from '../../domain/actions/types';
import type { IsoDate, Locale } from '../../domain/plan/types';
import type { ActionTexts } from '../../i18n/actionTexts';
import type { RefreshView } from '../refreshView';

/**
 * The action card (cards/actionCard.json). Verbs it sends:
 * - updateAction {actionId, entries} plus inputs status, comment, reason, periodLabel, audience,
 *   carriedOverTo (the owner) – validate with validateActionUpdate;
 * - manageAction {actionId, entries} plus inputs newOwner, start, checkpoints, end, manageComment
 *   (managers and administrators);
 * - refreshAction {actionId} – from `refresh`, for owner, reporting owner and responsible managers.
 */
export interface ActionCardData {
  locale: Locale;
  today: IsoDate;
  action: Action;
  riskAreaTitle: string;
  unitName: string;
  /** The control point whose deviation proposed the action. */
  controlTitle?: string;
  canUpdate: boolean;
  canManage: boolean;
  /** The plan's people, for the new-owner choice. */
  people: ReadonlyArray<{ id: string; name: string }>;
  /** What the person entered, kept when it could not be stored. */
  entered?: Readonly<Record<string, string>>;
  issues?: readonly ActionIssue[];
  /** A line at the top: saved, stale, not allowed. */
  notice?: string;
  refreshUserIds?: readonly string[];
}

export interface ActionCardView extends RefreshView {
  t: ActionTexts & { statusNames: Record<string, string> };
  actionId: string;
  entries: number;
  title: string;
  statusText: string;
  statusColor: 'Good' | 'Attention' | 'Warning' | 'Default';
  facts: Array<{ title: string; value: string }>;
  hasNotice: boolean;
  notice: string;
  hasErrors: boolean;
  errorLines: Array<{ text: string }>;
  hasHistory: boolean;
  history: Array<{ heading: string; text: string }>;
  canUpdate: boolean;
  statusChoices: Array<{ title: string; value: string }>;
  canManage: boolean;
  ownerChoices: Array<{ title: string; value: string }>;
  value: Record<
    | 'status'
    | 'comment'
    | 'reason'
    | 'periodLabel'
    | 'audience'
    | 'carriedOverTo'
    | 'newOwner'
    | 'start'
    | 'checkpoints'
    | 'end',
    string
  >;
}
