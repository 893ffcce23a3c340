import type { Locale } from '../domain/plan/types';
import type { UnreachableReason } from '../domain/ports/ReachabilityRepository';
import type { PersonReach } from '../domain/people/PersonReach';

/** Texts about reaching people (plan import lookups, unreachable reasons, people check), Swedish first. */
export const peopleImportMessages = {
  noGraph: (id: string, email: string) => ({
    sv: `Personen "${id}" har bara e-post (${email}) och ikbot kan inte slå upp e-post utan Microsoft Graph. Lägg till personens Entra ID-objekt-id (aadObjectId), eller be IT-administratören ställa in Graph (IKBOT_GRAPH_CREDENTIAL, se README) och importera igen.`,
    en: `Person "${id}" has only an e-mail address (${email}) and ikbot cannot look up e-mail addresses without Microsoft Graph. Add the person's Entra ID object id (aadObjectId), or ask IT to configure Graph (IKBOT_GRAPH_CREDENTIAL, see README) and import again.`,
  }),
  unknown: (id: string, email: string) => ({
    sv: `Personen "${id}": det finns inget konto med e-post ${email} i organisationen. Kontrollera adressen (stavning, namnbyte) eller ange Entra ID-objekt-id.`,
    en: `Person "${id}": there is no account with the e-mail ${email} in the organisation. Check the address (spelling, a changed name) or give the Entra ID object id.`,
  }),
  unknownId: (id: string, objectId: string) => ({
    sv: `Personen "${id}": Entra ID-objekt-id ${objectId} finns inte i organisationen; ikbot kommer inte att nå personen. Kontrollera id:t.`,
    en: `Person "${id}": the Entra ID object id ${objectId} does not exist in the organisation; ikbot will not reach them. Check the id.`,
  }),
  disabled: (id: string, who: string) => ({
    sv: `Personen "${id}" (${who}) har ett avstängt konto och kan inte få påminnelser. Byt till en annan person för rollen.`,
    en: `Person "${id}" (${who}) has a disabled account and cannot get reminders. Assign the role to someone else.`,
  }),
  lookupFailed: (id: string, detail: string) => ({
    sv: `Personen "${id}" kunde inte slås upp i Microsoft Graph (${detail}). Kontrollera att appen har behörigheten User.Read.All med administratörsmedgivande och försök igen.`,
    en: `Person "${id}" could not be looked up in Microsoft Graph (${detail}). Check that the app has the User.Read.All permission with admin consent, and try again.`,
  }),
};

/** Why ikbot cannot reach someone, in words for a manager or an administrator. */
export const unreachableWords: Record<Locale, Record<UnreachableReason, string>> = {
  sv: {
    appNotInstalled: 'appen ikbot är inte installerad för personen',
    installPending: 'ikbot har installerats för personen och väntar på att Teams ska bekräfta',
    accountDisabled: 'kontot är avstängt',
    accountUnknown: 'kontot finns inte i organisationen',
    blockedByPolicy: 'blockerad av en policy (IT-administratören har stängt av eller inte godkänt appen)',
    blockedByUser: 'personen har blockerat chatten med ikbot',
  },
  en: {
    appNotInstalled: 'the ikbot app is not installed for them',
    installPending: 'ikbot was installed for them and is waiting for Teams to confirm',
    accountDisabled: 'the account is disabled',
    accountUnknown: 'the account does not exist in the organisation',
    blockedByPolicy: 'blocked by policy (IT has disabled or not approved the app)',
    blockedByUser: 'they blocked the chat with ikbot',
  },
};

export const unreachableSectionTexts: Record<Locale, { heading: string; line: string }> = {
  sv: {
    heading: 'Når inte ikbot ({count})',
    line: '{name}: {reason}',
  },
  en: {
    heading: 'ikbot cannot reach ({count})',
    line: '{name}: {reason}',
  },
};

/** One line per person for `ikbot people check` and the `personer` command. */
export function personReachLine(locale: Locale, reach: PersonReach): string {
  const who = `${reach.name} (${reach.personId})`;
  const s = reach.status;
  const sv = locale === 'sv';
  if (s.reachable === true) {
    const how =
      s.how === 'chat'
        ? sv
          ? 'har en chatt med ikbot'
          : 'has a chat with ikbot'
        : sv
          ? 'appen är installerad'
          : 'the app is installed';
    return `✅ ${who}: ${sv ? 'nås' : 'reachable'} – ${how}`;
  }
  if (s.reachable === false) {
    const reason =
      s.reason === 'noObjectId'
        ? sv
          ? 'saknar Entra ID-objekt-id i planen'
          : 'has no Entra ID object id in the plan'
        : unreachableWords[locale][s.reason];
    return `❌ ${who}: ${sv ? 'nås inte' : 'not reachable'} – ${reason}`;
  }
  const why =
    s.why === 'noGraph'
      ? sv
        ? 'ingen chatt ännu; nås om appen är installerad för personen (t.ex. med en policy för appkonfiguration). Ställ in Microsoft Graph för att kontrollera.'
        : 'no chat yet; reachable if the app is installed for them (e.g. by an app setup policy). Configure Microsoft Graph to check.'
      : sv
        ? `Microsoft Graph svarade inte (${s.detail ?? ''})`
        : `Microsoft Graph did not answer (${s.detail ?? ''})`;
  return `❔ ${who}: ${sv ? 'okänt' : 'unknown'} – ${why}`;
}

export const peopleCheckTexts: Record<
  Locale,
  {
    heading: string;
    summary: string;
    notAdmin: string;
    noPlan: string;
    choosePlan: string;
    groupUnreachable: string;
    groupUnknown: string;
    groupReachable: string;
    footnote: string;
  }
> = {
  sv: {
    heading: 'Personer i {plan}: kan ikbot nå dem i Teams?',
    summary: '{reachable} nås, {unreachable} nås inte, {unknown} okänt.',
    notAdmin: 'Bara ikbot-administratörer kan kontrollera personerna i planen.',
    noPlan: 'Det finns ingen plan att kontrollera. Importera en plan först.',
    choosePlan: 'Ange vilken plan: personer <plan-id>. Lagrade planer: {ids}.',
    groupUnreachable: 'Nås inte ({count})',
    groupUnknown: 'Okänt ({count})',
    groupReachable: 'Nås ({count})',
    footnote:
      'Samma lista på kommandoraden: ikbot people check. Behörigheter och policy för appkonfiguration: README, avsnittet ”Reaching everyone: Microsoft Graph”.',
  },
  en: {
    heading: 'People in {plan}: can ikbot reach them in Teams?',
    summary: '{reachable} reachable, {unreachable} not reachable, {unknown} unknown.',
    notAdmin: 'Only ikbot administrators can check the people in the plan.',
    noPlan: 'There is no plan to check. Import a plan first.',
    choosePlan: 'Say which plan: people <plan-id>. Stored plans: {ids}.',
    groupUnreachable: 'Not reachable ({count})',
    groupUnknown: 'Unknown ({count})',
    groupReachable: 'Reachable ({count})',
    footnote:
      'The same list on the command line: ikbot people check. See the README, “Reaching everyone”, for permissions and app setup policies.',
  },
};

/** The whole people check as text: a heading, one line per person, and the counts. */
export function peopleCheckText(locale: Locale, planId: string, reaches: readonly PersonReach[]): string {
  const t = peopleCheckTexts[locale];
  const count = (value: boolean | 'unknown') => reaches.filter((r) => r.status.reachable === value).length;
  return [
    t.heading.replace('{plan}', planId),
    '',
    ...reaches.map((reach) => `- ${personReachLine(locale, reach)}`),
    '',
    t.summary
      .replace('{reachable}', String(count(true)))
      .replace('{unreachable}', String(count(false)))
      .replace('{unknown}', String(count('unknown'))),
  ].join('\n');
}
