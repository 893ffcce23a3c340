import { readFileSync } from 'node:fs';
import type { TokenCredential } from '@azure/identity';
import { AuthenticationHandler, Client } from '@microsoft/microsoft-graph-client';
import { TokenCredentialAuthenticationProvider } from '@microsoft/microsoft-graph-client/authProviders/azureTokenCredentials';
import type { GraphConfig } from '../config/readGraphConfig';
import {
  DirectoryError,
  type AppInstallOutcome,
  type DirectoryUser,
  type PeopleDirectory,
} from '../domain/ports/PeopleDirectory';
import { createGraphCredential } from './createGraphCredential';
import { withGraphRetry, type RetryOptions } from './graphRetry';
import { HttpsMessageHandler } from './HttpsMessageHandler';

const USER_FIELDS = 'id,displayName,userPrincipalName,mail,accountEnabled';

export interface GraphPeopleDirectoryOptions {
  credential?: TokenCredential;
  retry?: Partial<RetryOptions>;
}

interface GraphUser {
  id: string;
  displayName?: string | null;
  userPrincipalName?: string | null;
  mail?: string | null;
  accountEnabled?: boolean | null;
}

const quoted = (value: string): string => `'${value.replace(/'/g, "''")}'`;

function toUser(user: GraphUser): DirectoryUser {
  return {
    id: user.id,
    displayName: user.displayName ?? user.userPrincipalName ?? user.id,
    userPrincipalName: user.userPrincipalName ?? '',
    ...(user.mail ? { mail: user.mail } : {}),
    // Graph leaves accountEnabled out only when it was not selected; we always select it.
    accountEnabled: user.accountEnabled !== false,
  };
}

/**
 * The PeopleDirectory port on @microsoft/microsoft-graph-client, authenticated with the bot's own
 * registration through @azure/identity. Every call is retried on 429/5xx (Retry-After honoured).
 */
export class GraphPeopleDirectory implements PeopleDirectory {
  private readonly client: Client;
  private readonly retry: RetryOptions;
  private catalogId: Promise<string | null> | undefined;

  constructor(
    private readonly config: GraphConfig,
    options: GraphPeopleDirectoryOptions = {},
  ) {
    const credential = options.credential ?? createGraphCredential(config);
    // The resource of the Graph cloud in use (https://graph.microsoft.com, or a national cloud's).
    const authProvider = new TokenCredentialAuthenticationProvider(credential, {
      scopes: [`${new URL(config.baseUrl).origin}/.default`],
    });
    const auth = new AuthenticationHandler(authProvider);
    auth.setNext(new HttpsMessageHandler(config.caFile ? readFileSync(config.caFile, 'utf8') : undefined));
    this.client = Client.initWithMiddleware({
      baseUrl: config.baseUrl.replace(/\/v1\.0$/, ''),
      defaultVersion: 'v1.0',
      middleware: auth,
      customHosts: new Set([new URL(config.baseUrl).hostname]),
    });
    this.retry = {
      maxAttempts: options.retry?.maxAttempts ?? 5,
      sleep: options.retry?.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms))),
      random: options.retry?.random ?? Math.random,
      gate: { until: 0 },
      ...(options.retry?.now ? { now: options.retry.now } : {}),
    };
  }

  async findUser(upnOrEmail: string): Promise<DirectoryUser | null> {
    const byUpn = await this.getUser(upnOrEmail);
    if (byUpn) return byUpn;
    // An e-mail address that is not the UPN (an alias, or a changed name).
    const found = await withGraphRetry(
      'find a user by e-mail',
      () =>
        this.client
          .api('/users')
          .filter(`mail eq ${quoted(upnOrEmail)} or userPrincipalName eq ${quoted(upnOrEmail)}`)
          .select(USER_FIELDS)
          .get() as Promise<{ value: GraphUser[] }>,
      this.retry,
    );
    return found.value[0] ? toUser(found.value[0]) : null;
  }

  async getUser(idOrUpn: string): Promise<DirectoryUser | null> {
    try {
      const user = (await withGraphRetry(
        'look up a user',
        () =>
          this.client
            .api(`/users/${encodeURIComponent(idOrUpn)}`)
            .select(USER_FIELDS)
            .get() as Promise<GraphUser>,
        this.retry,
      )) as GraphUser;
      return toUser(user);
    } catch (error) {
      if (error instanceof DirectoryError && (error.status === 404 || error.status === 400)) return null;
      throw error;
    }
  }

  catalogAppId(): Promise<string | null> {
    if (this.config.catalogAppId) return Promise.resolve(this.config.catalogAppId);
    // Looked up once per process; a failed lookup is tried again next time.
    this.catalogId ??= withGraphRetry(
      'look up ikbot in the Teams app catalog',
      () =>
        this.client
          .api('/appCatalogs/teamsApps')
          .filter(`externalId eq ${quoted(this.config.manifestAppId)}`)
          .get() as Promise<{ value: Array<{ id: string }> }>,
      this.retry,
    ).then(
      (found) => found.value[0]?.id ?? null,
      (error: unknown) => {
        this.catalogId = undefined;
        throw error;
      },
    );
    return this.catalogId;
  }

  async installApp(userObjectId: string): Promise<AppInstallOutcome> {
    let catalogId: string | null;
    try {
      catalogId = await this.catalogAppId();
    } catch (error) {
      return { ok: false, ...this.failureOf(error) };
    }
    if (!catalogId) {
      return {
        ok: false,
        reason: 'notInCatalog',
        detail: `ikbot (manifest id ${this.config.manifestAppId}) is not in the organisation's Teams app catalog: upload the app package in the Teams admin center, or set IKBOT_TEAMS_CATALOG_APP_ID.`,
      };
    }
    try {
      await withGraphRetry(
        'install ikbot for a user',
        () =>
          this.client.api(`/users/${encodeURIComponent(userObjectId)}/teamwork/installedApps`).post({
            'teamsApp@odata.bind': `${this.config.baseUrl}/appCatalogs/teamsApps/${catalogId}`,
          }) as Promise<unknown>,
        this.retry,
      );
      return { ok: true, alreadyInstalled: false };
    } catch (error) {
      if (error instanceof DirectoryError && error.status === 409)
        return { ok: true, alreadyInstalled: true };
      return { ok: false, ...this.failureOf(error) };
    }
  }

  async installedChatId(userObjectId: string): Promise<string | null> {
    const installs = await withGraphRetry(
      'find ikbot among the apps installed for a user',
      () =>
        this.client
          .api(`/users/${encodeURIComponent(userObjectId)}/teamwork/installedApps`)
          .expand('teamsApp')
          .filter(`teamsApp/externalId eq ${quoted(this.config.manifestAppId)}`)
          .get() as Promise<{ value: Array<{ id: string }> }>,
      this.retry,
    );
    const installation = installs.value[0];
    if (!installation) return null;
    const chat = await withGraphRetry(
      'read the chat of the installed app',
      () =>
        this.client
          .api(
            `/users/${encodeURIComponent(userObjectId)}/teamwork/installedApps/${encodeURIComponent(installation.id)}/chat`,
          )
          .get() as Promise<{ id: string }>,
      this.retry,
    );
    return chat.id ?? null;
  }

  private failureOf(error: unknown): { reason: 'forbidden' | 'notFound' | 'failed'; detail: string } {
    const status = error instanceof DirectoryError ? error.status : undefined;
    const detail = error instanceof Error ? error.message : String(error);
    if (status === 403 || status === 401) return { reason: 'forbidden', detail };
    if (status === 404) return { reason: 'notFound', detail };
    return { reason: 'failed', detail };
  }
}
