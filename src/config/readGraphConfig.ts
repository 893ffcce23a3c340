import { existsSync } from 'node:fs';

export type GraphCredentialKind = 'secret' | 'certificate' | 'managedIdentity';

/** Microsoft Graph access with the bot's own app registration (people lookup, app installation). */
export interface GraphConfig {
  credential: GraphCredentialKind;
  clientId: string;
  tenantId: string;
  /** Client secret (credential 'secret'); never logged. */
  clientSecret?: string;
  /** PEM file with the certificate and its private key (credential 'certificate'). */
  certificatePath?: string;
  /** ikbot's id in the organisation's Teams app catalog; unset = looked up once by the manifest id. */
  catalogAppId?: string;
  /** The manifest id (externalId in the catalog); default MicrosoftAppId, as in appPackage/manifest.json. */
  manifestAppId: string;
  baseUrl: string;
  authorityHost: string;
  /** Extra CA certificate (PEM file) trusted for Graph and the token endpoint: a TLS-inspecting proxy, tests. */
  caFile?: string;
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const KINDS: GraphCredentialKind[] = ['secret', 'certificate', 'managedIdentity'];

/**
 * The IKBOT_GRAPH_* variables. Unset IKBOT_GRAPH_CREDENTIAL = no Graph: ikbot then refuses people
 * given only by e-mail at import and cannot install the app for anyone (and says so).
 */
export function readGraphConfig(
  text: (name: string, fallback?: string) => string,
  problems: string[],
): GraphConfig | undefined {
  const kind = text('IKBOT_GRAPH_CREDENTIAL');
  if (!kind || kind === 'off') return undefined;
  if (!KINDS.includes(kind as GraphCredentialKind)) {
    problems.push(
      `IKBOT_GRAPH_CREDENTIAL="${kind}" is not valid: use secret, certificate or managedIdentity (or leave it unset to run without Microsoft Graph).`,
    );
    return undefined;
  }
  const credential = kind as GraphCredentialKind;
  const clientId = text('IKBOT_GRAPH_CLIENT_ID', text('MicrosoftAppId'));
  const tenantId = text('IKBOT_GRAPH_TENANT_ID', text('MicrosoftAppTenantId'));
  if (!GUID.test(clientId)) {
    problems.push(
      'IKBOT_GRAPH_CREDENTIAL is set but there is no client id: set MicrosoftAppId (the bot registration, which also holds the Graph permissions) or IKBOT_GRAPH_CLIENT_ID to a GUID.',
    );
  }
  if (!GUID.test(tenantId)) {
    problems.push(
      'IKBOT_GRAPH_CREDENTIAL is set but there is no tenant id: set MicrosoftAppTenantId or IKBOT_GRAPH_TENANT_ID to the Directory (tenant) ID (a GUID).',
    );
  }
  const clientSecret = text('IKBOT_GRAPH_CLIENT_SECRET', text('MicrosoftAppPassword')) || undefined;
  if (credential === 'secret' && !clientSecret) {
    problems.push(
      'IKBOT_GRAPH_CREDENTIAL=secret needs the client secret: set MicrosoftAppPassword or IKBOT_GRAPH_CLIENT_SECRET.',
    );
  }
  const certificatePath = text('IKBOT_GRAPH_CERTIFICATE_PATH') || undefined;
  if (credential === 'certificate' && (!certificatePath || !existsSync(certificatePath))) {
    problems.push(
      `IKBOT_GRAPH_CREDENTIAL=certificate needs IKBOT_GRAPH_CERTIFICATE_PATH, a PEM file with the certificate and its private key${certificatePath ? ` (${certificatePath} does not exist)` : ''}.`,
    );
  }
  const catalogAppId = text('IKBOT_TEAMS_CATALOG_APP_ID') || undefined;
  if (catalogAppId && !GUID.test(catalogAppId)) {
    problems.push(
      `IKBOT_TEAMS_CATALOG_APP_ID="${catalogAppId}" is not a GUID: copy the app's id from the Teams admin center (Manage apps), or leave it unset to look it up.`,
    );
  }
  const baseUrl = text('IKBOT_GRAPH_BASE_URL', 'https://graph.microsoft.com/v1.0').replace(/\/+$/, '');
  if (!/^https:\/\/[^\s/]+/.test(baseUrl)) {
    problems.push(
      `IKBOT_GRAPH_BASE_URL="${baseUrl}" is not an https URL: e.g. https://graph.microsoft.com/v1.0.`,
    );
  }
  const authorityHost = text('IKBOT_GRAPH_AUTHORITY_HOST', 'https://login.microsoftonline.com').replace(
    /\/+$/,
    '',
  );
  if (!/^https:\/\/[^\s/]+$/.test(authorityHost)) {
    problems.push(
      `IKBOT_GRAPH_AUTHORITY_HOST="${authorityHost}" is not an https host: e.g. https://login.microsoftonline.com.`,
    );
  }
  const caFile = text('IKBOT_GRAPH_CA_FILE') || undefined;
  if (caFile && !existsSync(caFile)) {
    problems.push(`IKBOT_GRAPH_CA_FILE=${caFile} does not exist: give a PEM file or leave it unset.`);
  }
  return {
    credential,
    clientId,
    tenantId,
    ...(clientSecret && credential === 'secret' ? { clientSecret } : {}),
    ...(certificatePath ? { certificatePath } : {}),
    ...(catalogAppId ? { catalogAppId } : {}),
    manifestAppId: text('IKBOT_TEAMS_APP_ID', text('MicrosoftAppId', clientId)),
    baseUrl,
    authorityHost,
    ...(caFile ? { caFile } : {}),
  };
}
