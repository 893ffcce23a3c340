import { digestTexts } from '../i18n/digestTexts';
import { actionDigestPart } from './actions/actionDigestPart';
import type { AdaptiveCardJson } from './AdaptiveCardJson';
import { countFacts, countRow, periodText } from './digestViewParts';
import { expandTemplate } from './expandTemplate';
import { fill } from './fill';
import type { ManagerDigestData, ManagerDigestView } from './ManagerDigestData';

export function renderManagerDigest(data: ManagerDigestData): AdaptiveCardJson {
  const card = expandTemplate('managerDigest', managerDigestView(data));
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
  return {
    t,
    title: `${digest.person.name}: ${digest.planTitle}`,
    periodText: periodText(t, digest.period, digest.today),
    facts: [...countFacts(t, c), { title: t.factOpenActions, value: String(digest.openActions) }],
    ...actionDigestPart(digest.actions, data.locale),
    unitRows: digest.byUnit.map(countRow),
    missingHeading: fill(t.missingHeading, { count: c.missing }),
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
    moreMissingText: fill(t.moreMissing, { count: c.missing - digest.missing.length }),
    remindersNote: digest.remindersKnown ? t.remindersNote : t.remindersNoteUnknown,
  };
}
