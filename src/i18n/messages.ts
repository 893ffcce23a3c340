import type { Locale } from '../domain/plan/types';

/** Texts the bot writes in chat (cards have their own texts in src/i18n/cards.*). Swedish first. */
export interface Messages {
  welcome(name: string | undefined): string;
  /** What works in the personal chat. */
  help: string;
  /** What works in a channel or group chat (where the bot is @mentioned). */
  helpChannel: string;
  unknownCommand(text: string): string;
  wrongTenant: string;
  /** The database does not answer: nothing was saved, try again shortly. */
  databaseUnavailable: string;
  notAdministrator: string;
  somethingWentWrong: string;
  /** A card button whose work failed: nothing on the card is lost, try again. */
  cardActionFailed: string;
  /** Control cards and the "mina kontroller" / "kontroll <nr>" commands. */
  controls: ControlMessages;
}

export interface ControlMessages {
  notFound: string;
  notFoundNextStep: string;
  conflict(name: string, when: string): string;
  cannotAmend: string;
  noControls: string;
  referenceUnknown(reference: string): string;
  referenceAmbiguous(reference: string, candidates: string[]): string;
}

const commandList = {
  sv: [
    '**mina kontroller** – dina öppna och försenade kontroller, med kort att fylla i',
    '**kontroll <nr>** – öppna en kontroll: numret i listan från mina kontroller, eller slutet av kontrollens id (t.ex. kontroll K1/ifo/2025-06)',
    '**mina åtgärder** – dina öppna åtgärder, med kort där du rapporterar läget',
    '**påminnelser** – dina kommande påminnelser',
    '**frånvarande** eller **frånvarande till 2026-01-10** – din ersättare får påminnelserna medan du är borta (chefer: **frånvarande Erik Olsson till 2026-01-10**)',
    '**tillbaka** – du får dina påminnelser igen',
    '**pausa <enhet> till 2025-08-15** – inga påminnelser för enheten under tiden (ansvarig chef)',
    '**plan** eller **plan 2025** – sammanfattning av internkontrollplanen',
    '**status** – läget just nu: genomförda, saknade och försenade kontroller',
    '**rapport 2025** eller **rapport 2025 word** – årets uppföljningsrapport som Excel- eller Word-fil',
    '**rapport 2025 utvärdering** – Excelfil för årets utvärdering; fyll i och skicka tillbaka hit (administratörer)',
    '**rapport 2025 delår** eller **status delår 2025** – rapporten eller läget fram till delårets brytdatum',
    '**utvärdering 2025** – ett kort per riskområde för årets bedömning: kvarstår, avslutas, bevakas eller överförs (administratörer, ansvariga chefer)',
    '**plan nästa år 2025** – utkast till nästa års plan utifrån bedömningarna (administratörer)',
    '**personer** – kan ikbot nå alla i planen i Teams, och varför inte (administratörer)',
    '**hjälp** – den här listan',
  ],
  svChannel: [
    '**status**, **status 2025** eller **status Q2** – läget: genomförda, saknade och försenade kontroller',
    '**rapport 2025** – en nedladdningslänk till årets uppföljningsrapport',
    '**prenumerera** – veckosammanställningen i den här kanalen (administratörer)',
    '**avsluta prenumeration** – ingen veckosammanställning här längre (administratörer)',
    '**hjälp** – den här listan',
  ],
  en: [
    '**my controls** – your open and overdue controls, with a card to fill in',
    '**my actions** – your open actions, with a card to report progress',
    '**control <no>** – open one control: its number in the my controls list, or the end of its id (e.g. control K1/ifo/2025-06)',
    '**reminders** – your upcoming reminders',
    '**away** or **away until 2026-01-10** – your substitute gets the reminders while you are away (managers: **away Erik Olsson until 2026-01-10**)',
    '**back** – you get your reminders again',
    '**pause <unit> until 2025-08-15** – no reminders for the unit meanwhile (responsible manager)',
    '**plan** or **plan 2025** – summary of the internal-control plan',
    '**status** – where things stand: completed, missing and overdue controls',
    '**report 2025** or **report 2025 word** – the year’s follow-up report as an Excel or Word file',
    '**report 2025 evaluations** – Excel file for the year-end evaluation; fill it in and send it back here (administrators)',
    '**report 2025 interim** or **status interim 2025** – the report or the state up to the interim (delår) cut-off',
    '**evaluate 2025** – one card per risk area for the year’s verdict: remains, closed, monitored or transferred (administrators, responsible managers)',
    '**plan next year 2025** – a draft of next year’s plan from the verdicts (administrators)',
    '**people** – can ikbot reach everyone in the plan in Teams, and why not (administrators)',
    '**help** – this list',
  ],
  enChannel: [
    '**status**, **status 2025** or **status Q2** – where things stand: completed, missing and overdue controls',
    '**report 2025** – a download link to the year’s follow-up report',
    '**subscribe** – the weekly digest in this channel (administrators)',
    '**unsubscribe** – no more weekly digest here (administrators)',
    '**help** – this list',
  ],
};

const sv: Messages = {
  welcome: (name) =>
    `Hej${name ? ` ${name}` : ''}! Jag är **ikbot** och hjälper till med nämndens interna kontroll: ` +
    'jag påminner när en kontroll ska göras, tar emot resultatet här i Teams och sammanställer uppföljningen.\n\n' +
    `Det här kan du skriva till mig:\n\n- ${commandList.sv.join('\n- ')}`,
  help: `Det här kan du skriva till mig:\n\n- ${commandList.sv.join('\n- ')}`,
  helpChannel:
    `Det här kan du skriva till mig här (nämn **@ikbot** först):\n\n- ${commandList.svChannel.join('\n- ')}\n\n` +
    'Dina egna kontroller, påminnelser och frånvaro sköter du i den personliga chatten med mig.',
  unknownCommand: (text) =>
    `Jag förstår inte ”${text}”. Skriv **hjälp** för att se vad jag kan, till exempel **mina kontroller**.`,
  wrongTenant: 'Den här tjänsten är bara tillgänglig för organisationens egna användare.',
  databaseUnavailable:
    'Databasen svarar inte just nu, så jag kan inte göra det du bad om. Inget av det du skickat har sparats eller ändrats – försök igen om några minuter. (”hjälp” fungerar ändå.)',
  notAdministrator:
    'Det här kan bara en administratör för ikbot göra. Kontakta kvalitetssamordnaren om du behöver hjälp.',
  somethingWentWrong:
    'Något gick fel hos mig och det du skickade sparades inte. Försök igen om en stund; om felet finns kvar, kontakta kvalitetssamordnaren.',
  cardActionFailed:
    'Något gick fel hos mig, så knappen gjorde ingenting. Det du fyllt i finns kvar på kortet – försök igen om en stund. Om felet finns kvar, kontakta kvalitetssamordnaren.',
  controls: {
    notFound: 'Kontrollen finns inte längre – planen kan ha ändrats sedan kortet skickades.',
    notFoundNextStep: 'Skriv **mina kontroller** för att få aktuella kort.',
    conflict: (name, when) =>
      `${name} registrerade ett resultat ${when}, innan ditt svar kom fram. Ditt svar sparades inte som resultat men finns kvar i historiken. Läs resultatet nedan; välj Ändra resultat om något behöver rättas.`,
    cannotAmend:
      'Bara den som registrerade resultatet eller kontrollens ansvariga chef kan ändra det, och bara tills planen är avslutad.',
    noControls: 'Du har inga öppna kontroller just nu.',
    referenceUnknown: (reference) =>
      `Jag hittar ingen kontroll ”${reference}” bland dina. Skriv **mina kontroller** och använd numret i listan, till exempel **kontroll 1**.`,
    referenceAmbiguous: (reference, candidates) =>
      `Flera av dina kontroller slutar på ”${reference}”: ${candidates.join(', ')}. Skriv mer av id:t, eller numret från **mina kontroller**.`,
  },
};

const en: Messages = {
  welcome: (name) =>
    `Hi${name ? ` ${name}` : ''}! I am **ikbot** and I help with the committee's internal control: ` +
    'I remind you when a control is due, collect the result here in Teams and compile the follow-up.\n\n' +
    `Here is what you can write to me:\n\n- ${commandList.en.join('\n- ')}`,
  help: `Here is what you can write to me:\n\n- ${commandList.en.join('\n- ')}`,
  helpChannel:
    `Here is what you can write to me here (mention **@ikbot** first):\n\n- ${commandList.enChannel.join('\n- ')}\n\n` +
    'Your own controls, reminders and absence are handled in your personal chat with me.',
  unknownCommand: (text) =>
    `I don't understand "${text}". Type **help** to see what I can do, for example **my controls**.`,
  wrongTenant: 'This service is only available to the organisation’s own users.',
  databaseUnavailable:
    'The database is not answering right now, so I cannot do what you asked. Nothing you sent was saved or changed – please try again in a few minutes. ("help" still works.)',
  notAdministrator:
    'Only an ikbot administrator can do this. Contact the quality coordinator if you need help.',
  somethingWentWrong:
    'Something went wrong on my side and what you sent was not saved. Please try again shortly; if it keeps failing, contact the quality coordinator.',
  cardActionFailed:
    'Something went wrong on my side, so the button did nothing. What you entered is still on the card – please try again shortly. If it keeps failing, contact the quality coordinator.',
  controls: {
    notFound: 'This control no longer exists – the plan may have changed since the card was sent.',
    notFoundNextStep: 'Type **my controls** to get current cards.',
    conflict: (name, when) =>
      `${name} registered a result at ${when}, before your answer arrived. Your answer was not saved as the result but is kept in the history. Read the result below; choose Amend result if something needs correcting.`,
    cannotAmend:
      'Only the person who registered the result or the control’s responsible manager can amend it, and only until the plan is closed.',
    noControls: 'You have no open controls right now.',
    referenceUnknown: (reference) =>
      `I can't find a control "${reference}" among yours. Type **my controls** and use the number in the list, for example **control 1**.`,
    referenceAmbiguous: (reference, candidates) =>
      `Several of your controls end with "${reference}": ${candidates.join(', ')}. Type more of the id, or the number from **my controls**.`,
  },
};

export function messagesFor(locale: Locale): Messages {
  return locale === 'en' ? en : sv;
}
