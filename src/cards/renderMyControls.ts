import { cardStrings } from '../i18n/cards';
import type { AdaptiveCardJson } from './AdaptiveCardJson';
import { expandTemplate } from './expandTemplate';
import { fill } from './fill';
import { formatCount } from './formatNumber';
import { formatPeriod } from './formatPeriod';
import type { MyControlsData, MyControlsView } from './MyControlsData';

const DEFAULT_MAX_ITEMS = 20;

/** The list behind "mina kontroller": open occasions, earliest due first, overdue ones marked. */
export function renderMyControls(data: MyControlsData): AdaptiveCardJson {
  return expandTemplate('myControls', myControlsView(data));
}

export function myControlsView(data: MyControlsData): MyControlsView {
  const t = cardStrings(data.locale);
  const sorted = [...data.occasions].sort((a, b) =>
    a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : 0,
  );
  const overdueCount = sorted.filter((occasion) => occasion.dueDate < data.today).length;
  const shown = sorted.slice(0, data.maxItems ?? DEFAULT_MAX_ITEMS);
  const more = sorted.length - shown.length;
  return {
    t,
    countText: fill(t.myControlsCount, {
      open: formatCount(sorted.length, data.locale),
      overdue: formatCount(overdueCount, data.locale),
    }),
    items: shown.map((occasion) => ({
      occasionId: occasion.occasionId,
      title: occasion.title,
      subtitle: `${occasion.unitName} · ${formatPeriod(occasion.period, data.locale)}`,
      dueText: `${t.dueDate} ${occasion.dueDate}`,
      overdue: occasion.dueDate < data.today,
    })),
    hasItems: shown.length > 0,
    isEmpty: sorted.length === 0,
    moreText: more > 0 ? fill(t.myControlsMore, { count: formatCount(more, data.locale) }) : '',
    hasMore: more > 0,
  };
}
