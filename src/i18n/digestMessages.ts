import type { Locale } from '../domain/plan/types';

/** Chat texts of the digest, subscription and report commands. Swedish first. */
export interface DigestMessages {
  subscribeInChannel: string;
  subscribed: string;
  alreadySubscribed: string;
  unsubscribed: string;
  notSubscribed: string;
  badPeriod(text: string): string;
  noPlan(year: string): string;
  badYear(text: string): string;
  reportReady(year: number, file: string): string;
  reportDownload(year: number): string;
  reportConsent(year: number): string;
  reportUploaded(file: string): string;
  reportDeclined: string;
  reportUploadFailed: string;
  reminderSent(name: string): string;
  /** On the card at once, while the reminder goes out. */
  reminderSending(name: string): string;
  reminderFailed(name: string, reason: string): string;
  reminderNotNeeded: string;
  reminderNoPerformer: string;
  reminderUnknown: string;
}

const sv: DigestMessages = {
  subscribeInChannel:
    'Prenumerationen gäller en kanal: skriv **@ikbot prenumerera** i den kanal där veckosammanställningen ska visas.',
  subscribed:
    'Klart! Den här kanalen får nu veckosammanställningen av den interna kontrollen. Skriv **avsluta prenumeration** för att sluta.',
  alreadySubscribed:
    'Den här kanalen prenumererar redan på veckosammanställningen. Skriv **status** för läget just nu.',
  unsubscribed: 'Prenumerationen är avslutad: kanalen får inte längre veckosammanställningen.',
  notSubscribed: 'Den här kanalen har ingen prenumeration. Skriv **prenumerera** för att starta en.',
  badPeriod: (text) =>
    `Jag känner inte igen perioden ”${text}”. Skriv till exempel **status**, **status 2025**, **status 2025-06** eller **status Q2**.`,
  noPlan: (year) =>
    `Det finns ingen internkontrollplan för ${year}. Be en administratör att läsa in planen, eller välj ett annat år.`,
  badYear: (text) => `”${text}” är inget år. Skriv till exempel **rapport 2025**.`,
  reportReady: (year, file) => `Uppföljningsrapporten för ${year} är klar: ${file}.`,
  reportDownload: (year) =>
    `Uppföljningsrapporten för ${year} kan laddas ned i en timme via länken nedan. Skriv **rapport ${year}** igen för en ny länk.`,
  reportConsent: (year) =>
    `Här är uppföljningsrapporten för ${year}. Tryck **Tillåt** så sparas filen i din OneDrive.`,
  reportUploaded: (file) => `Rapporten ${file} är sparad i din OneDrive.`,
  reportDeclined: 'Okej, rapporten sparades inte. Skriv **rapport 2025** när du vill ha den.',
  reportUploadFailed:
    'Rapporten kunde inte sparas i din OneDrive. Försök igen med **rapport 2025**; om felet finns kvar, kontakta kvalitetssamordnaren.',
  reminderSent: (name) => `Påminnelsen är skickad till ${name}.`,
  reminderSending: (name) =>
    `Påminnelsen skickas till ${name}. Du får ett meddelande när den har kommit fram.`,
  reminderFailed: (name, reason) =>
    `Påminnelsen till ${name} kunde inte skickas (${reason}). Kontakta personen direkt, eller försök igen senare.`,
  reminderNotNeeded: 'Kontrollen är redan besvarad, så ingen påminnelse behövs.',
  reminderNoPerformer:
    'Planen anger ingen utförare för kontrollen och enheten, så jag vet inte vem jag ska påminna. Be en administratör komplettera planen.',
  reminderUnknown: 'Kontrollen finns inte längre i planen. Skriv **status** för en aktuell sammanställning.',
};

const en: DigestMessages = {
  subscribeInChannel:
    'Subscriptions are for channels: type **@ikbot subscribe** in the channel where the weekly digest should appear.',
  subscribed:
    'Done! This channel now gets the weekly internal-control digest. Type **unsubscribe** to stop it.',
  alreadySubscribed: 'This channel already gets the weekly digest. Type **status** for the current state.',
  unsubscribed: 'The subscription has ended: this channel no longer gets the weekly digest.',
  notSubscribed: 'This channel has no subscription. Type **subscribe** to start one.',
  badPeriod: (text) =>
    `I don't recognise the period "${text}". Type for example **status**, **status 2025**, **status 2025-06** or **status Q2**.`,
  noPlan: (year) =>
    `There is no internal-control plan for ${year}. Ask an administrator to import it, or choose another year.`,
  badYear: (text) => `"${text}" is not a year. Type for example **report 2025**.`,
  reportReady: (year, file) => `The follow-up report for ${year} is ready: ${file}.`,
  reportDownload: (year) =>
    `The follow-up report for ${year} can be downloaded for one hour from the link below. Type **report ${year}** again for a new link.`,
  reportConsent: (year) =>
    `Here is the follow-up report for ${year}. Press **Allow** to save the file in your OneDrive.`,
  reportUploaded: (file) => `The report ${file} is saved in your OneDrive.`,
  reportDeclined: 'OK, the report was not saved. Type **report 2025** when you want it.',
  reportUploadFailed:
    'The report could not be saved in your OneDrive. Try again with **report 2025**; if it keeps failing, contact the quality coordinator.',
  reminderSent: (name) => `The reminder was sent to ${name}.`,
  reminderSending: (name) => `The reminder is being sent to ${name}. You get a message once it has arrived.`,
  reminderFailed: (name, reason) =>
    `The reminder to ${name} could not be sent (${reason}). Contact the person directly, or try again later.`,
  reminderNotNeeded: 'The control has already been answered, so no reminder is needed.',
  reminderNoPerformer:
    'The plan names no performer for this control and unit, so I do not know whom to remind. Ask an administrator to complete the plan.',
  reminderUnknown: 'The control is no longer in the plan. Type **status** for a current digest.',
};

export function digestMessagesFor(locale: Locale): DigestMessages {
  return locale === 'en' ? en : sv;
}
