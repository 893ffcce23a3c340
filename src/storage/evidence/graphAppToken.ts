/**
 * An app-only Microsoft Graph token by the client credentials grant (the bot's own app
 * registration), cached until five minutes before it expires.
 */
export function graphAppToken(credentials: {
  tenantId: string;
  appId: string;
  appPassword: string;
}): () => Promise<string> {
  let cached: { token: string; until: number } | undefined;
  return async () => {
    if (cached && cached.until > Date.now()) return cached.token;
    const response = await fetch(
      `https://login.microsoftonline.com/${encodeURIComponent(credentials.tenantId)}/oauth2/v2.0/token`,
      {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({
          grant_type: 'client_credentials',
          client_id: credentials.appId,
          client_secret: credentials.appPassword,
          scope: 'https://graph.microsoft.com/.default',
        }),
      },
    );
    const body = (await response.json().catch(() => ({}))) as {
      access_token?: string;
      expires_in?: number;
      error_description?: string;
    };
    if (!response.ok || !body.access_token)
      throw new Error(
        `Could not get a Microsoft Graph token for the evidence library (HTTP ${response.status}): ${body.error_description ?? 'no description'}. Check MicrosoftAppId, MicrosoftAppPassword and MicrosoftAppTenantId.`,
      );
    cached = { token: body.access_token, until: Date.now() + ((body.expires_in ?? 3600) - 300) * 1000 };
    return body.access_token;
  };
}
