import type { Locale } from '../domain/plan/types';

/** Chat texts of the plan import in Teams and of the "plan" command. Swedish first. */
export interface PlanImportMessages {
  notAdministrator: string;
  notInPersonalChat: string;
  unsupportedFile(name: string): string;
  tooLarge(name: string, megabytes: number): string;
  unreachable(name: string): string;
  invalid(name: string, count: number): string;
  moreErrors(count: number): string;
  preview(name: string): string;
  newPlan: string;
  noChanges: string;
  changes(added: string[], removed: string[], modified: string[]): string;
  imported(name: string, when: string, occasions: number): string;
  cancelled(name: string, when: string): string;
  importGone: string;
  notYourImport(name: string): string;
  noPlan(year: number | undefined): string;
  severalPlans(year: number, count: number): string;
}

const ids = (list: string[]): string => (list.length > 0 ? ` (${list.join(', ')})` : '');

const sv: PlanImportMessages = {
  notAdministrator:
    'Tack för filen! Bara administratörer för ikbot kan importera en plan för intern kontroll, så jag har inte läst in den. ' +
    'Skicka filen till kvalitetssamordnaren om planen behöver ändras. Skriv **plan** för att se den gällande planen.',
  notInPersonalChat:
    'Skicka planfilen till mig i en personlig chatt (inte i en kanal eller gruppchatt), så läser jag in den där.',
  unsupportedFile: (name) =>
    `Jag kan inte läsa ”${name}” som en plan. Skicka planen som .xlsx, .yaml, .yml eller .json ` +
    '(en tom Excelmall får du med kommandot ikbot plan template).',
  tooLarge: (name, megabytes) =>
    `Filen ”${name}” är för stor: gränsen är ${megabytes} MB. Ta bort bilder och extra blad och skicka den igen.`,
  unreachable: (name) =>
    `Jag kunde inte hämta filen ”${name}” från Teams. Försök skicka den igen om en stund; ` +
    'om det fortsätter, kontakta den som driftar ikbot.',
  invalid: (name, count) =>
    `Planen i ”${name}” kunde inte importeras: ${count} fel. Inget har ändrats. Rätta felen i filen och skicka den igen:`,
  moreErrors: (count) => `… och ${count} fel till.`,
  preview: (name) =>
    `Här är planen i ”${name}”. Kontrollera sammanfattningen och tryck **Importera planen** för att spara den, eller **Avbryt**.`,
  newPlan: 'Planen är ny: det finns ingen lagrad plan med samma id.',
  noChanges: 'Inga kontrollmoment har ändrats jämfört med den lagrade planen.',
  changes: (added, removed, modified) =>
    `Jämfört med den lagrade planen: ${added.length} nya kontrollmoment${ids(added)}, ` +
    `${removed.length} borttagna${ids(removed)}, ${modified.length} ändrade${ids(modified)}. ` +
    'Kontrolltillfällen som redan har resultat behålls.',
  imported: (name, when, occasions) => `Importerad av ${name} ${when}: ${occasions} kontrolltillfällen.`,
  cancelled: (name, when) => `Importen avbröts av ${name} ${when}. Inget har ändrats.`,
  importGone:
    'Den här importen finns inte längre: den är äldre än ett dygn. Skicka planfilen igen för att importera den.',
  notYourImport: (name) =>
    `Bara ${name}, som skickade planfilen, kan importera eller avbryta den. Skicka filen själv om du vill importera den.`,
  noPlan: (year) =>
    `Det finns ingen plan för intern kontroll${year ? ` för ${year}` : ''} ännu. ` +
    'En administratör kan importera planen genom att skicka planfilen till mig här i chatten.',
  severalPlans: (year, count) => `Det finns ${count} planer för ${year}:`,
};

const en: PlanImportMessages = {
  notAdministrator:
    'Thanks for the file! Only ikbot administrators can import an internal-control plan, so I have not read it. ' +
    'Send the file to the quality coordinator if the plan needs to change. Type **plan** to see the current plan.',
  notInPersonalChat:
    'Send the plan file to me in a personal chat (not in a channel or group chat) and I will read it there.',
  unsupportedFile: (name) =>
    `I cannot read “${name}” as a plan. Send the plan as .xlsx, .yaml, .yml or .json ` +
    '(the command ikbot plan template gives an empty Excel template).',
  tooLarge: (name, megabytes) =>
    `The file “${name}” is too large: the limit is ${megabytes} MB. Remove pictures and extra sheets and send it again.`,
  unreachable: (name) =>
    `I could not download the file “${name}” from Teams. Try sending it again shortly; ` +
    'if it keeps failing, contact whoever runs ikbot.',
  invalid: (name, count) =>
    `The plan in “${name}” could not be imported: ${count} error(s). Nothing was changed. Fix them in the file and send it again:`,
  moreErrors: (count) => `… and ${count} more error(s).`,
  preview: (name) =>
    `Here is the plan in “${name}”. Check the summary and press **Import the plan** to store it, or **Cancel**.`,
  newPlan: 'The plan is new: no plan with the same id is stored.',
  noChanges: 'No control point has changed compared with the stored plan.',
  changes: (added, removed, modified) =>
    `Compared with the stored plan: ${added.length} new control point(s)${ids(added)}, ` +
    `${removed.length} removed${ids(removed)}, ${modified.length} changed${ids(modified)}. ` +
    'Occasions that already have results are kept.',
  imported: (name, when, occasions) => `Imported by ${name} ${when}: ${occasions} control occasions.`,
  cancelled: (name, when) => `The import was cancelled by ${name} ${when}. Nothing was changed.`,
  importGone: 'This import no longer exists: it is older than a day. Send the plan file again to import it.',
  notYourImport: (name) =>
    `Only ${name}, who sent the plan file, can import or cancel it. Send the file yourself if you want to import it.`,
  noPlan: (year) =>
    `There is no internal-control plan${year ? ` for ${year}` : ''} yet. ` +
    'An administrator can import it by sending me the plan file here in the chat.',
  severalPlans: (year, count) => `There are ${count} plans for ${year}:`,
};

export function planImportMessagesFor(locale: Locale): PlanImportMessages {
  return locale === 'en' ? en : sv;
}
