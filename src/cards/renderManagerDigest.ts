import { digestTexts } from '../i18n/digestTexts';
import type { AdaptiveCardJson } from './AdaptiveCardJson';
import { countFacts, countRow, periodText } from './digestViewParts';
import { expandTemplate } from './expandTemplate';
import { fill } from './fill';
import { formatCount } from './formatNumber';
import type { ManagerDigestData, ManagerDigestView } from './ManagerDigestData';

export function renderManagerDigest(data: ManagerDigestData): AdaptiveCardJson {
  return expandTemplate('managerDigest', managerDigestView(data));
}

export function managerDigestView(data: ManagerDigestData): ManagerDigestView {
  const t = digestTexts(data.locale);
  const { digest } = data;
  const c = digest.totals;
  return {
    t,
    title: `${digest.person.name}: ${digest.planTitle}`,
    periodText: periodText(t, digest.period, digest.today),
    facts: [
      ...countFacts(t, c, data.locale, digest.scales),
      { title: t.factOpenActions, value: formatCount(digest.openActions, data.locale) },
    ],
    unitRows: digest.byUnit.map((group) => countRow(group, data.locale)),
    missingHeading: fill(t.missingHeading, { count: formatCount(c.missing, data.locale) }),
    missingItems: digest.missing.map((item) => ({
      occasionId: item.occasionId,
      heading: fill(t.missingItem, { control: item.controlTitle, unit: item.unitName }),
      detail: fill(item.daysOverdue > 0 ? t.missingDetailOverdue : t.missingDetail, {
        period: item.periodKey,
        due: item.dueDate,
        days: item.daysOverdue,
      }),
      reminded: fill(digest.remindersKnown ? t.reminded : t.remindedUnknown, {
        performer: item.performerName ?? t.unstaffed,
        count: item.reminders,
      }),
    })),
    hasMissing: digest.missing.length > 0,
    hasMoreMissing: c.missing > digest.missing.length,
    moreMissingText: fill(t.moreMissing, {
      count: formatCount(c.missing - digest.missing.length, data.locale),
    }),
    remindersNote: digest.remindersKnown ? t.remindersNote : t.remindersNoteUnknown,
  };
}
