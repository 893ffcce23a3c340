import type { Locale } from '../domain/plan/types';

/** Texts about evidence files (underlag) on cards and in chat. Swedish first. */
export interface EvidenceTexts {
  heading: string;
  none: string;
  attachButton: string;
  removeButton: string;
  /** One file line on a card: name linked, size, who and when. */
  fileLine(name: string, url: string, size: string, by: string, date: string): string;
  /** After "Bifoga underlag": what to do next. */
  sendFileNow(control: string, unit: string, minutes: number, maxMb: number): string;
  notInPersonalChat: string;
  notAllowedToAttach: string;
  attached(name: string, control: string, unit: string): string;
  tooLarge(name: string, maxMb: number): string;
  notAllowedType(name: string): string;
  unreachable(name: string): string;
  occasionGone: string;
  removed(name: string): string;
  /** The download endpoint's plain-text answers, both languages (the browser's is not known). */
  linkUnknown: string;
  linkFailed: string;
  /** The report's column heading. */
  reportColumn: string;
}

const both = {
  linkUnknown:
    'Länken är okänd eller har gått ut. Öppna kontrollen i Teams igen för en ny länk.\n' +
    'The link is unknown or has expired. Open the control in Teams again for a new link.\n',
  linkFailed:
    'Filen kunde inte hämtas just nu. Försök igen om en stund.\n' +
    'The file could not be fetched right now. Try again in a while.\n',
};

const sv: EvidenceTexts = {
  ...both,
  heading: 'Underlag',
  none: 'Inget underlag bifogat.',
  attachButton: 'Bifoga underlag',
  removeButton: 'Ta bort',
  fileLine: (name, url, size, by, date) => `[${name}](${url}) (${size}), ${by} ${date}`,
  sendFileNow: (control, unit, minutes, maxMb) =>
    `Skicka filen här i chatten nu (gem-ikonen eller dra och släpp, i mobilen **+** och sedan fil eller bild), så bifogas den till ${control} för ${unit}. ` +
    `Jag väntar i ${minutes} minuter. Tillåtet: PDF, PNG, JPEG, Word (docx), Excel (xlsx), text och CSV, högst ${maxMb} MB.`,
  notInPersonalChat:
    'Underlag tas emot i din personliga chatt med mig: öppna kontrollen där (skriv **mina kontroller**) och tryck **Bifoga underlag**.',
  notAllowedToAttach: 'Bara utföraren, ersättaren eller den ansvariga för kontrollen kan bifoga underlag.',
  attached: (name, control, unit) => `Underlaget ${name} är bifogat till ${control} för ${unit}.`,
  tooLarge: (name, maxMb) =>
    `${name} är större än ${maxMb} MB och sparades inte. Minska filen (till exempel spara PDF:en med lägre upplösning) och skicka den igen.`,
  notAllowedType: (name) =>
    `${name} sparades inte: innehållet är inte PDF, PNG, JPEG, Word (docx), Excel (xlsx), text eller CSV. ` +
    'Spara underlaget i något av de formaten och skicka det igen.',
  unreachable: (name) =>
    `Jag kunde inte hämta ${name} från Teams, så inget sparades. Försök skicka filen igen om en stund.`,
  occasionGone:
    'Kontrollen finns inte längre i planen, så underlaget sparades inte. Skriv **mina kontroller** och tryck **Bifoga underlag** igen.',
  removed: (name) => `Underlaget ${name} är borttaget från kontrollen (det finns kvar i loggen).`,
  reportColumn: 'Underlag',
};

const en: EvidenceTexts = {
  ...both,
  heading: 'Evidence',
  none: 'No evidence attached.',
  attachButton: 'Attach evidence',
  removeButton: 'Remove',
  fileLine: (name, url, size, by, date) => `[${name}](${url}) (${size}), ${by} ${date}`,
  sendFileNow: (control, unit, minutes, maxMb) =>
    `Send the file here in the chat now (the paper clip or drag and drop; on mobile **+** then file or photo) and it is attached to ${control} for ${unit}. ` +
    `I wait ${minutes} minutes. Allowed: PDF, PNG, JPEG, Word (docx), Excel (xlsx), text and CSV, at most ${maxMb} MB.`,
  notInPersonalChat:
    'Evidence is received in your personal chat with me: open the control there (type **my controls**) and press **Attach evidence**.',
  notAllowedToAttach:
    'Only the performer, the substitute or the responsible of the control can attach evidence.',
  attached: (name, control, unit) => `The evidence ${name} is attached to ${control} for ${unit}.`,
  tooLarge: (name, maxMb) =>
    `${name} is larger than ${maxMb} MB and was not stored. Make the file smaller (e.g. save the PDF at a lower resolution) and send it again.`,
  notAllowedType: (name) =>
    `${name} was not stored: its content is not PDF, PNG, JPEG, Word (docx), Excel (xlsx), text or CSV. ` +
    'Save the evidence in one of those formats and send it again.',
  unreachable: (name) =>
    `I could not fetch ${name} from Teams, so nothing was stored. Try sending the file again shortly.`,
  occasionGone:
    'The control is no longer in the plan, so the evidence was not stored. Type **my controls** and press **Attach evidence** again.',
  removed: (name) => `The evidence ${name} is removed from the control (it stays in the audit log).`,
  reportColumn: 'Evidence',
};

export function evidenceTexts(locale: Locale): EvidenceTexts {
  return locale === 'en' ? en : sv;
}

/** "1,2 MB" / "340 kB" in the locale's number format. */
export function fileSizeText(bytes: number, locale: Locale): string {
  const format = (value: number) =>
    value.toLocaleString(locale === 'en' ? 'en-GB' : 'sv-SE', { maximumFractionDigits: 1 });
  return bytes >= 1024 * 1024
    ? `${format(bytes / (1024 * 1024))} MB`
    : `${format(Math.max(1, Math.round(bytes / 1024)))} kB`;
}
