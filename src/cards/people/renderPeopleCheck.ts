import { peopleCheckTexts, personReachLine } from '../../i18n/peopleMessages';
import type { AdaptiveCardJson } from '../AdaptiveCardJson';
import { expandTemplate } from '../expandTemplate';
import { fill } from '../fill';
import { formatCount } from '../formatNumber';
import type { PeopleCheckData, PeopleCheckView } from './PeopleCheckData';

/** The administrators' people check as a card (personer / people). */
export function renderPeopleCheck(data: PeopleCheckData): AdaptiveCardJson {
  return expandTemplate('peopleCheck', peopleCheckView(data));
}

export function peopleCheckView(data: PeopleCheckData): PeopleCheckView {
  const t = peopleCheckTexts[data.locale];
  const n = (count: number) => formatCount(count, data.locale);
  const of = (reachable: boolean | 'unknown') => data.reaches.filter((r) => r.status.reachable === reachable);
  const groups = (
    [
      { title: t.groupUnreachable, color: 'Attention', people: of(false) },
      { title: t.groupUnknown, color: 'Warning', people: of('unknown') },
      { title: t.groupReachable, color: 'Good', people: of(true) },
    ] as const
  )
    .filter((group) => group.people.length > 0)
    .map((group) => ({
      title: fill(group.title, { count: n(group.people.length) }),
      color: group.color,
      people: group.people.map((reach) => ({ line: personReachLine(data.locale, reach) })),
    }));
  return {
    heading: fill(t.heading, { plan: data.planId }),
    summary: fill(t.summary, {
      reachable: n(of(true).length),
      unreachable: n(of(false).length),
      unknown: n(of('unknown').length),
    }),
    groups,
    footnote: t.footnote,
  };
}
