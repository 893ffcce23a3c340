import type { Locale } from '../plan/types';

export interface ValidationMessages {
  notAnObject: string;
  answerMissing: string;
  yesNoPartial: string;
  percentage: string;
  count: string;
  number: string;
  assessment: string;
  deviations: string;
  performedOnMissing: string;
  performedOnInvalid: string;
  performedOnFuture: (today: string) => string;
  actionWhatMissing: string;
  actionWhoMissing: string;
  actionDueMissing: string;
  actionDueInvalid: string;
  reasonRequired: string;
  tooLong: (max: number, length: number) => string;
  notText: string;
  personnummer: string;
  /** The messages' language (for texts built from the sampling rule). */
  locale: Locale;
  sampleWholeNumber: string;
  sampleAbovePopulation: (population: number) => string;
  /** requirement: "minst 10 % av 48 = 5". */
  sampleTooSmall: (requirement: string, sampled: number) => string;
  findingsAboveSample: (sampled: number) => string;
}

export const VALIDATION_MESSAGES: Readonly<Record<Locale, ValidationMessages>> = {
  sv: {
    locale: 'sv',
    sampleWholeNumber: 'Ange ett heltal, 0 eller mer.',
    sampleAbovePopulation: (population) =>
      `Stickprovet kan inte vara större än antalet i granskningsperioden (${population}).`,
    sampleTooSmall: (requirement, sampled) =>
      `Stickprovet är för litet: regeln kräver ${requirement}, du har angett ${sampled}. Granska fler och ange det nya antalet.`,
    findingsAboveSample: (sampled) => `Antalet med brister kan inte vara större än stickprovet (${sampled}).`,
    notAnObject: 'Svaret kunde inte läsas. Öppna kontrollen igen och fyll i kortet på nytt.',
    answerMissing: 'Svara på kontrollfrågan.',
    yesNoPartial: 'Välj Ja, Nej eller Delvis.',
    percentage: 'Ange en procentsats mellan 0 och 100.',
    count: 'Ange ett heltal, 0 eller större.',
    number: 'Ange ett tal, till exempel 12 eller 3,5.',
    assessment: 'Välj en bedömning i listan.',
    deviations: 'Ange antal avvikelser som ett heltal, 0 eller större.',
    performedOnMissing: 'Ange datum då kontrollen utfördes.',
    performedOnInvalid: 'Ange datumet som ÅÅÅÅ-MM-DD, till exempel 2025-06-30.',
    performedOnFuture: (today) => `Datumet kan inte vara senare än i dag (${today}).`,
    actionWhatMissing:
      'Skriv vilken åtgärd som föreslås – det krävs när bedömningen inte är helt godkänd, eller när vem eller till när är ifyllt.',
    actionWhoMissing: 'Skriv vem som ansvarar för åtgärden.',
    actionDueMissing: 'Ange när åtgärden ska vara klar.',
    actionDueInvalid: 'Ange när åtgärden ska vara klar som ÅÅÅÅ-MM-DD.',
    reasonRequired: 'Skriv varför kontrollen inte är aktuell den här perioden.',
    tooLong: (max, length) => `Texten är för lång: ${length} tecken, högst ${max} är tillåtet. Korta den.`,
    notText: 'Fältet ska vara text.',
    personnummer:
      'Texten verkar innehålla ett personnummer. Ta bort det – personuppgifter får inte lagras i uppföljningen.',
  },
  en: {
    locale: 'en',
    sampleWholeNumber: 'Enter a whole number, 0 or more.',
    sampleAbovePopulation: (population) =>
      `The sample cannot be larger than the number in the review window (${population}).`,
    sampleTooSmall: (requirement, sampled) =>
      `The sample is too small: the rule requires ${requirement}, you entered ${sampled}. Review more and enter the new number.`,
    findingsAboveSample: (sampled) =>
      `The number with findings cannot be larger than the sample (${sampled}).`,
    notAnObject: 'The answer could not be read. Open the control again and fill in the card anew.',
    answerMissing: 'Answer the check item.',
    yesNoPartial: 'Choose Yes, No or Partly.',
    percentage: 'Enter a percentage between 0 and 100.',
    count: 'Enter a whole number, 0 or more.',
    number: 'Enter a number, for example 12 or 3.5.',
    assessment: 'Choose an assessment from the list.',
    deviations: 'Enter the number of deviations as a whole number, 0 or more.',
    performedOnMissing: 'Enter the date the control was performed.',
    performedOnInvalid: 'Enter the date as YYYY-MM-DD, for example 2025-06-30.',
    performedOnFuture: (today) => `The date cannot be later than today (${today}).`,
    actionWhatMissing:
      'Describe the proposed action – required when the assessment is not fully approved, or when who or by when is filled in.',
    actionWhoMissing: 'Enter who is responsible for the action.',
    actionDueMissing: 'Enter when the action is due.',
    actionDueInvalid: 'Enter when the action is due as YYYY-MM-DD.',
    reasonRequired: 'Write why the control does not apply this period.',
    tooLong: (max, length) =>
      `The text is too long: ${length} characters, at most ${max} are allowed. Shorten it.`,
    notText: 'This field must be text.',
    personnummer:
      'The text seems to contain a Swedish personal identity number. Remove it – personal data may not be stored in the follow-up.',
  },
};
