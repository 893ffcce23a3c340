import { DISPOSITIONS } from '../domain/verdicts/Verdict';
import { dispositionLabels } from '../domain/verdicts/dispositionWords';
import { verdictCardTexts } from '../i18n/verdictCardTexts';
import type { AdaptiveCardJson } from './AdaptiveCardJson';
import { expandTemplate } from './expandTemplate';
import { fill } from './fill';
import { formatDateTime } from './formatDateTime';
import { formatNumber } from './formatNumber';
import type { VerdictCardData, VerdictCardView } from './VerdictCardData';

/** One risk area's year-end verdict card. */
export function renderVerdictCard(data: VerdictCardData): AdaptiveCardJson {
  return expandTemplate('verdictCard', verdictCardView(data));
}

export function verdictCardView(data: VerdictCardData): VerdictCardView {
  const t = verdictCardTexts(data.locale);
  const n = (value: number) => formatNumber(value, data.locale);
  const outcomes = data.outcomes.map((o) => ({
    title: o.control,
    value:
      o.due > 0
        ? `${o.evaluation} – ${fill(t.performed, { done: n(o.done), due: n(o.due) })}`
        : `${o.evaluation} – ${t.noOccasions}`,
  }));
  const savedText = data.saved
    ? fill(t.savedBy, { name: data.saved.name, when: formatDateTime(data.saved.at, data.timeZone) })
    : '';
  const errors = (data.errors ?? []).map((text) => ({ text }));
  return {
    t,
    planId: data.planId,
    riskAreaId: data.area.id,
    title: fill(t.title, { year: data.year, area: data.area.title }),
    subtitle: [data.area.carryOver, data.area.riskText].filter(Boolean).join(' · '),
    outcomes,
    hasOutcomes: outcomes.length > 0,
    choices: DISPOSITIONS.map((code) => ({ title: dispositionLabels[data.locale][code], value: code })),
    disposition: data.values.disposition ?? '',
    transferredTo: data.values.transferredTo ?? '',
    assessment: data.values.assessment ?? '',
    summary: data.values.summary ?? '',
    furtherActions: data.values.furtherActions ?? '',
    savedText,
    hasSaved: savedText !== '',
    errors,
    hasErrors: errors.length > 0,
  };
}
