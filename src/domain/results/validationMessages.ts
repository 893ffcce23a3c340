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
}

export const VALIDATION_MESSAGES: Readonly<Record<Locale, ValidationMessages>> = {
  sv: {
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
