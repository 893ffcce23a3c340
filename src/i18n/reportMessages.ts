import type { Locale } from '../domain/plan/types';

/** Chat texts of the report command (rapport/report) and its file upload. Swedish first. */
export interface ReportMessages {
  badYear(text: string): string;
  badFormat(text: string, year: number): string;
  noPlan(year: number): string;
  consent(year: number, file: string): string;
  /** The evaluations workbook (rapport 2025 utvärdering) instead of the report. */
  evaluationsConsent(year: number, file: string): string;
  evaluationsDownload(year: number, file: string, url: string): string;
  consentDescription(year: number, organisation: string): string;
  download(year: number, file: string, url: string): string;
  uploaded(file: string): string;
  declined(year: number): string;
  /** What the file consent card turns into once answered, so it cannot be accepted twice. */
  consentAccepted(year: number): string;
  consentDeclined(year: number): string;
  uploadFailed(year: number): string;
  generationFailed(year: number): string;
  /** The download endpoint's plain-text answers (the browser's language is not known: both languages). */
  linkUnknown: string;
  linkExpired: string;
}

const sv: Omit<ReportMessages, 'linkUnknown' | 'linkExpired'> = {
  badYear: (text) =>
    `”${text}” är inget år. Skriv till exempel **rapport 2025**, eller **rapport 2025 word** för en Word-fil.`,
  badFormat: (text, year) =>
    `Formatet ”${text}” känner jag inte igen. Skriv **rapport ${year}** för Excel, **rapport ${year} word** för Word eller **rapport ${year} utvärdering** för utvärderingsfilen.`,
  noPlan: (year) =>
    `Det finns ingen internkontrollplan för ${year}, så det finns ingen uppföljningsrapport att hämta. ` +
    'Skriv **plan** för att se vilken plan som finns, och sedan **rapport <år>** för det året.',
  consent: (year, file) =>
    `Här är uppföljningsrapporten för ${year} (${file}). Tryck **Tillåt** så sparas filen i din OneDrive och visas här i chatten.`,
  evaluationsConsent: (year, file) =>
    `Här är utvärderingsfilen för ${year} (${file}). Tryck **Tillåt**, fyll i kolumnerna Utvärdering och Kommentar (och riskområdenas Fortsatta åtgärder) och skicka filen tillbaka till mig här.`,
  evaluationsDownload: (year, file, url) =>
    `Utvärderingsfilen för ${year}: [${file}](${url})\n\n` +
    'Länken fungerar i en timme. Fyll i filen och skicka den till mig i en personlig chatt (administratörer).',
  consentDescription: (year, organisation) =>
    `Uppföljning av intern kontroll ${year}${organisation ? `, ${organisation}` : ''}`,
  download: (year, file, url) =>
    `Uppföljningsrapporten för ${year}: [${file}](${url})\n\n` +
    `Länken fungerar i en timme. Skriv **rapport ${year}** igen för en ny länk, eller skriv till mig i en personlig chatt för att få filen direkt.`,
  uploaded: (file) => `Rapporten ${file} är sparad i din OneDrive.`,
  declined: (year) => `Okej, rapporten skickades inte. Skriv **rapport ${year}** när du vill ha den.`,
  consentAccepted: (year) => `Du valde att spara uppföljningsrapporten för ${year} i din OneDrive.`,
  consentDeclined: (year) => `Du tackade nej till uppföljningsrapporten för ${year}.`,
  uploadFailed: (year) =>
    `Rapporten kunde inte sparas i din OneDrive. Försök igen med **rapport ${year}**; om felet finns kvar, ` +
    'hämta den via en kanal där jag finns (där får du en nedladdningslänk) eller kontakta kvalitetssamordnaren.',
  generationFailed: (year) =>
    `Uppföljningsrapporten för ${year} kunde inte skapas just nu. Försök igen om en stund; om felet finns kvar, kontakta kvalitetssamordnaren.`,
};

const en: Omit<ReportMessages, 'linkUnknown' | 'linkExpired'> = {
  badYear: (text) =>
    `"${text}" is not a year. Type for example **report 2025**, or **report 2025 word** for a Word file.`,
  badFormat: (text, year) =>
    `I don't recognise the format "${text}". Type **report ${year}** for Excel, **report ${year} word** for Word or **report ${year} evaluations** for the evaluations file.`,
  noPlan: (year) =>
    `There is no internal-control plan for ${year}, so there is no follow-up report to get. ` +
    'Type **plan** to see which plan exists, then **report <year>** for that year.',
  consent: (year, file) =>
    `Here is the follow-up report for ${year} (${file}). Press **Allow** to save the file in your OneDrive and show it here in the chat.`,
  evaluationsConsent: (year, file) =>
    `Here is the evaluations file for ${year} (${file}). Press **Allow**, fill in the columns Utvärdering and Kommentar (and the risk areas' Fortsatta åtgärder) and send the file back to me here.`,
  evaluationsDownload: (year, file, url) =>
    `The evaluations file for ${year}: [${file}](${url})\n\n` +
    'The link works for one hour. Fill in the file and send it to me in a personal chat (administrators).',
  consentDescription: (year, organisation) =>
    `Internal-control follow-up ${year}${organisation ? `, ${organisation}` : ''}`,
  download: (year, file, url) =>
    `The follow-up report for ${year}: [${file}](${url})\n\n` +
    `The link works for one hour. Type **report ${year}** again for a new link, or write to me in a personal chat to get the file directly.`,
  uploaded: (file) => `The report ${file} is saved in your OneDrive.`,
  declined: (year) => `OK, the report was not sent. Type **report ${year}** when you want it.`,
  consentAccepted: (year) => `You chose to save the follow-up report for ${year} in your OneDrive.`,
  consentDeclined: (year) => `You declined the follow-up report for ${year}.`,
  uploadFailed: (year) =>
    `The report could not be saved in your OneDrive. Try again with **report ${year}**; if it keeps failing, ` +
    'get it in a channel where I am (you get a download link there) or contact the quality coordinator.',
  generationFailed: (year) =>
    `The follow-up report for ${year} could not be created right now. Try again in a while; if it keeps failing, contact the quality coordinator.`,
};

const linkUnknown =
  'Länken till rapporten är okänd. Skriv ”rapport <år>” till ikbot i Teams för en ny länk.\n' +
  'The report link is unknown. Type "report <year>" to ikbot in Teams for a new link.\n';
const linkExpired =
  'Länken till rapporten har gått ut (den gäller en timme). Skriv ”rapport <år>” till ikbot i Teams för en ny länk.\n' +
  'The report link has expired (it works for one hour). Type "report <year>" to ikbot in Teams for a new link.\n';

export function reportMessagesFor(locale: Locale): ReportMessages {
  return { ...(locale === 'en' ? en : sv), linkUnknown, linkExpired };
}
