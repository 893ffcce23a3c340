import type { IsoDate, Locale } from '../../domain/plan/types';
import type { ActionTexts } from '../../i18n/actionTexts';

export interface MyActionsItem {
  actionId: string;
  title: string;
  unitName: string;
  status: string;
  /** The next checkpoint or end date not yet passed; the end date when all have passed. */
  nextDate: IsoDate;
  /** A checkpoint passed without a report. */
  late: boolean;
}

/** The person's open actions (cards/myActions.json). Verb: openAction {actionId} per item. */
export interface MyActionsData {
  locale: Locale;
  items: readonly MyActionsItem[];
}

export interface MyActionsView {
  t: ActionTexts;
  countText: string;
  hasItems: boolean;
  isEmpty: boolean;
  items: Array<{ actionId: string; title: string; subtitle: string; dateText: string; late: boolean }>;
}
