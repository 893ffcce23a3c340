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
