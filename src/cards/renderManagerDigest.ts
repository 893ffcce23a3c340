import { formatPeriod } from './formatPeriod';
import { digestTexts } from '../i18n/digestTexts';
import { actionDigestPart } from './actions/actionDigestPart';
import type { AdaptiveCardJson } from './AdaptiveCardJson';
import { cutList } from './cutList';
import { countFacts, countRow, lateText, noBreakBeforeNumbers, periodText } from './digestViewParts';
import { expandTemplate } from './expandTemplate';
import { fill } from './fill';
import { formatCount } from './formatNumber';
import type { ManagerDigestData, ManagerDigestView, MissingItemView } from './ManagerDigestData';
import { withUnreachableSection } from './unreachableSection';

const VISIBLE_ITEMS = 5;

export function renderManagerDigest(data: ManagerDigestData): AdaptiveCardJson {
  const card = withUnreachableSection(
    expandTemplate('managerDigest', managerDigestView(data)),
    data.digest,
    data.locale,
  );
  const missingParts = data.digest.missingParts ?? 0;
  const waiting = data.digest.waitingAttestations ?? 0;
  const en = data.locale === 'en';
  const lines = [
    // Controls answered per performer role (answer: each): the answers still missing.
    ...(missingParts > 0
      ? [
          en
            ? `Of which performer answers missing (controls everyone answers): ${missingParts}`
            : `Varav saknade delsvar (kontroller där alla utförare svarar): ${missingParts}`,
        ]
      : []),
    ...(waiting > 0
      ? [
          en
            ? `Results waiting for your attestation: ${waiting}`
            : `Resultat som väntar på din attest: ${waiting}`,
        ]
      : []),
  ];
  if (lines.length === 0) return card;
  const body = Array.isArray(card.body) ? card.body : [];
  return { ...card, body: [...body, ...lines.map((text) => ({ type: 'TextBlock', text, wrap: true }))] };
}

export function managerDigestView(data: ManagerDigestData): ManagerDigestView {
  const t = digestTexts(data.locale);
  const { digest } = data;
  const c = digest.totals;
  const n = (value: number) => formatCount(value, data.locale);
  const item = (missing: (typeof digest.missing)[number]): MissingItemView => ({
    occasionId: missing.occasionId,
    heading: fill(t.missingItem, { control: missing.controlTitle, unit: missing.unitName }),
    detail: fill(missing.daysOverdue > 0 ? t.missingDetailOverdue : t.missingDetail, {
      period: formatPeriod({ key: missing.periodKey }, data.locale),
      due: missing.dueDate,
      late: noBreakBeforeNumbers(lateText(t, missing.daysOverdue, data.locale)),
    }),
    reminded: fill(
      !digest.remindersKnown
        ? t.remindedUnknown
        : missing.reminders === 0
          ? t.remindedNever
          : missing.reminders === 1
            ? t.remindedOnce
            : t.reminded,
      { performer: missing.performerName ?? t.unstaffed, count: n(missing.reminders) },
    ),
  });
  const listed = cutList(digest.missing, VISIBLE_ITEMS, digest.missing.length);
  return {
    t,
    title: `${digest.person.name}: ${digest.planTitle}`,
    periodText: periodText(t, digest.period, digest.today),
    facts: [
      ...countFacts(t, c, data.locale, digest.scales),
      { title: t.factOpenActions, value: n(digest.openActions) },
    ],
    ...actionDigestPart(digest.actions, data.locale),
    unitRows: digest.byUnit.map((group) => countRow(t, group, data.locale)),
    missingHeading: fill(t.missingHeading, { count: n(c.missing) }),
    missingItems: listed.shown.map(item),
    missingItemsMore: listed.hidden.map(item),
    hasMissingItemsMore: listed.hidden.length > 0,
    showAllMissingText: fill(t.showAll, { count: n(digest.missing.length) }),
    hasMissing: digest.missing.length > 0,
    hasMoreMissing: c.missing > digest.missing.length,
    moreMissingText: fill(t.moreMissing, { count: n(c.missing - digest.missing.length) }),
    remindersNote: digest.remindersKnown ? t.remindersNote : t.remindersNoteUnknown,
  };
}
