import type { Locale } from '../domain/plan/types';

/** Texts of attestation (attest) on the control card and in chat. Swedish first. */
export interface AttestationTexts {
  heading: string;
  waiting: string;
  attested(name: string, at: string): string;
  returned(name: string, at: string, comment: string): string;
  commentLabel: string;
  attestButton: string;
  returnButton: string;
  commentMissing: string;
  commentInvalid: string;
  stale: string;
  notAllowed: string;
  alreadyDecided: string;
  /** The message to the performer when the result is returned. */
  returnedToPerformer(
    manager: string,
    control: string,
    unit: string,
    period: string,
    comment: string,
  ): string;
}

const sv: AttestationTexts = {
  heading: 'Attest',
  waiting: 'Väntar på attest',
  attested: (name, at) => `Attesterad av ${name} ${at}`,
  returned: (name, at, comment) =>
    `Returnerad av ${name} ${at}: ”${comment}”. Utföraren ändrar resultatet och skickar det igen.`,
  commentLabel: 'Kommentar (krävs för att returnera)',
  attestButton: 'Attestera',
  returnButton: 'Returnera',
  commentMissing: 'Skriv en kommentar om vad utföraren ska ändra innan du returnerar resultatet.',
  commentInvalid:
    'Kommentaren är för lång (högst 500 tecken) eller innehåller ett personnummer. Ändra den och försök igen.',
  stale: 'Resultatet har ändrats sedan kortet visades. Här är det aktuella resultatet att ta ställning till.',
  notAllowed: 'Bara den ansvariga för kontrollen kan attestera eller returnera resultatet.',
  alreadyDecided: 'Resultatet är redan attesterat eller returnerat.',
  returnedToPerformer: (manager, control, unit, period, comment) =>
    `${manager} har returnerat resultatet för ${control}, ${unit} ${period} med kommentaren: ”${comment}”. ` +
    'Dina uppgifter finns kvar i kortet nedan: ändra det som behövs och skicka igen.',
};

const en: AttestationTexts = {
  heading: 'Attestation',
  waiting: 'Waiting for attestation',
  attested: (name, at) => `Attested by ${name} ${at}`,
  returned: (name, at, comment) =>
    `Returned by ${name} ${at}: “${comment}”. The performer amends the result and sends it again.`,
  commentLabel: 'Comment (required to return)',
  attestButton: 'Attest',
  returnButton: 'Return',
  commentMissing: 'Write a comment on what the performer should change before returning the result.',
  commentInvalid:
    'The comment is too long (at most 500 characters) or contains a personal identity number. Change it and try again.',
  stale: 'The result has changed since the card was shown. Here is the current result to decide on.',
  notAllowed: 'Only the responsible of the control can attest or return the result.',
  alreadyDecided: 'The result is already attested or returned.',
  returnedToPerformer: (manager, control, unit, period, comment) =>
    `${manager} returned the result for ${control}, ${unit} ${period} with the comment: “${comment}”. ` +
    'Your entries are kept in the card below: change what is needed and send it again.',
};

export function attestationTexts(locale: Locale): AttestationTexts {
  return locale === 'en' ? en : sv;
}
