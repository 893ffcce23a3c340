import { actionTexts } from '../../i18n/actionTexts';
import type { AdaptiveCardJson } from '../AdaptiveCardJson';
import { expandTemplate } from '../expandTemplate';
import type { MyActionsData, MyActionsView } from './MyActionsData';

const MAX_ITEMS = 20;

/** The list behind "mina åtgärder": open actions, next date first, late ones marked. */
export function renderMyActions(data: MyActionsData): AdaptiveCardJson {
  return expandTemplate('myActions', myActionsView(data));
}

export function myActionsView(data: MyActionsData): MyActionsView {
  const t = actionTexts(data.locale);
  const sorted = [...data.items].sort((a, b) =>
    a.nextDate < b.nextDate ? -1 : a.nextDate > b.nextDate ? 1 : 0,
  );
  return {
    t,
    countText: t.myActionsCount(sorted.length, sorted.filter((item) => item.late).length),
    hasItems: sorted.length > 0,
    isEmpty: sorted.length === 0,
    items: sorted.slice(0, MAX_ITEMS).map((item, index) => ({
      actionId: item.actionId,
      title: `${index + 1}. ${item.title}`,
      subtitle: [item.unitName, item.status].filter((part) => part).join(' · '),
      dateText: t.nextDate(item.nextDate),
      late: item.late,
    })),
  };
}
