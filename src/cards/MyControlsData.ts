import type { IsoDate, Locale, Period } from '../domain/plan/types';
import type { CardStrings } from '../i18n/cards';

export interface MyControlsItem {
  occasionId: string;
  title: string;
  unitName: string;
  period: Pick<Period, 'key'>;
  dueDate: IsoDate;
}

/**
 * The person's open and overdue occasions (cards/myControls.json). Verb: openControl {occasionId}
 * per item; answer with the control card (or the read-only card).
 */
export interface MyControlsData {
  locale: Locale;
  /** The organisation's current date: occasions due before it are marked overdue. */
  today: IsoDate;
  occasions: readonly MyControlsItem[];
  /** How many to list (default 20), to keep the card small; the rest are counted. */
  maxItems?: number;
}

export interface MyControlsItemView {
  occasionId: string;
  title: string;
  subtitle: string;
  dueText: string;
  overdue: boolean;
}

export interface MyControlsView {
  t: CardStrings;
  countText: string;
  items: MyControlsItemView[];
  hasItems: boolean;
  isEmpty: boolean;
  moreText: string;
  hasMore: boolean;
}
