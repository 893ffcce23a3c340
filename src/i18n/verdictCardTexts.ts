import type { Locale } from '../domain/plan/types';

/** The texts of the verdict card (cards/verdictCard.json). */
export interface VerdictCardTexts {
  title: string;
  outcomesHeading: string;
  noControls: string;
  disposition: string;
  dispositionPlaceholder: string;
  transferredTo: string;
  transferredToPlaceholder: string;
  assessment: string;
  assessmentPlaceholder: string;
  summary: string;
  furtherActions: string;
  save: string;
  errorsHeading: string;
  savedBy: string;
  performed: string;
  noOccasions: string;
}

const sv: VerdictCardTexts = {
  title: 'Bedömning {year}: {area}',
  outcomesHeading: 'Vad resultaten visar',
  noControls: 'Riskområdet har inga kontrollmoment.',
  disposition: 'Beslut',
  dispositionPlaceholder: 'Välj beslut',
  transferredTo: 'Överförs till (vid överföring)',
  transferredToPlaceholder: 't.ex. Egenkontroll eller Digitaliseringsplanen',
  assessment: 'Bedömning',
  assessmentPlaceholder: 't.ex. Godkänt, Delvis godkänt, Ej godkänt',
  summary: 'Summering',
  furtherActions: 'Fortsatta åtgärder',
  save: 'Spara bedömningen',
  errorsHeading: 'Bedömningen sparades inte. Rätta detta:',
  savedBy: 'Sparad av {name} {when}',
  performed: '{done} av {due} genomförda',
  noOccasions: 'inga kontrolltillfällen',
};

const en: VerdictCardTexts = {
  title: 'Assessment {year}: {area}',
  outcomesHeading: 'What the results show',
  noControls: 'The risk area has no control points.',
  disposition: 'Verdict',
  dispositionPlaceholder: 'Choose a verdict',
  transferredTo: 'Transferred to (when transferred)',
  transferredToPlaceholder: 'e.g. Egenkontroll or the digitalisation plan',
  assessment: 'Assessment',
  assessmentPlaceholder: 'e.g. Godkänt, Delvis godkänt, Ej godkänt',
  summary: 'Summary',
  furtherActions: 'Further actions',
  save: 'Save the assessment',
  errorsHeading: 'The assessment was not saved. Please fix:',
  savedBy: 'Saved by {name} {when}',
  performed: '{done} of {due} performed',
  noOccasions: 'no occasions',
};

export function verdictCardTexts(locale: Locale): VerdictCardTexts {
  return locale === 'en' ? en : sv;
}
