import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** A user in the fake directory. */
export interface FakeGraphUser {
  id: string;
  userPrincipalName: string;
  mail?: string;
  displayName: string;
  accountEnabled: boolean;
}

export interface GraphRequest {
  method: string;
  /** Path without the query string, decoded, e.g. /v1.0/users/anna@x.se. */
  path: string;
  query: Record<string, string>;
  body: unknown;
  /** True when a Bearer token the fake issued came with the request. */
  authorized: boolean;
}

export interface GraphFault {
  status: number;
  /** Graph's error code, e.g. Forbidden, Request_ResourceNotFound, TooManyRequests. */
  code?: string;
  retryAfterSeconds?: number;
  /** How many matching requests fail; default 1. */
  count?: number;
  match?: (request: GraphRequest) => boolean;
}

export interface FakeGraph {
  /** https://127.0.0.1:<port>/v1.0 */
  baseUrl: string;
  /** https://127.0.0.1:<port> (the token endpoint is <authorityHost>/<tenant>/oauth2/v2.0/token). */
  authorityHost: string;
  /** PEM file of the fake's self-signed certificate (IKBOT_GRAPH_CA_FILE). */
  caFile: string;
  /** The id ikbot has in the fake app catalog. */
  catalogAppId: string;
  /** The environment that points ikbot's Graph adapter at this fake (client secret credential). */
  env(tenantId: string, clientId: string): NodeJS.ProcessEnv;
  addUser(user: FakeGraphUser): void;
  /** Users the app is installed for (by object id), in installation order. */
  installedFor(): string[];
  /** Marks the app installed for a user without a Graph call (an admin setup policy did it). */
  preinstall(userId: string): void;
  failNext(fault: GraphFault): void;
  requests(): GraphRequest[];
  /** Form bodies the token endpoint received (to check what was sent, e.g. the client secret). */
  tokenRequests(): Array<Record<string, string>>;
  close(): Promise<void>;
}

const SECRET_MARKER = 'fake-graph';

/** A self-signed certificate for 127.0.0.1, made once per test process with openssl. */
function certificate(): { key: string; cert: string; file: string } {
  const dir = path.join(tmpdir(), `ikbot-fake-graph-${process.pid}`);
  const keyFile = path.join(dir, 'key.pem');
  const certFile = path.join(dir, 'cert.pem');
  if (!existsSync(certFile)) {
    const made = mkdtempSync(path.join(tmpdir(), 'ikbot-fake-graph-'));
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-keyout',
        path.join(made, 'key.pem'),
        '-out',
        path.join(made, 'cert.pem'),
        '-days',
        '2',
        '-subj',
        '/CN=127.0.0.1',
        '-addext',
        'subjectAltName=IP:127.0.0.1',
      ],
      { stdio: 'ignore' },
    );
    try {
      execFileSync('mv', [made, dir]);
    } catch {
      // another fake in this process made it first
    }
  }
  return { key: readFileSync(keyFile, 'utf8'), cert: readFileSync(certFile, 'utf8'), file: certFile };
}

function graphError(
  res: ServerResponse,
  status: number,
  code: string,
  message: string,
  retryAfter?: number,
): void {
  res.statusCode = status;
  res.setHeader('content-type', 'application/json');
  if (retryAfter !== undefined) res.setHeader('retry-after', String(retryAfter));
  res.end(JSON.stringify({ error: { code, message } }));
}

const defaultCode = (status: number): string =>
  status === 403
    ? 'Forbidden'
    : status === 404
      ? 'Request_ResourceNotFound'
      : status === 429
        ? 'TooManyRequests'
        : status === 409
          ? 'Conflict'
          : 'ServiceUnavailable';

/** The value of `x eq 'value'` in an OData filter. */
function filterValue(filter: string, field: string): string | undefined {
  const match = new RegExp(`${field.replace('/', '\\/')} eq '((?:[^']|'')*)'`).exec(filter);
  return match ? match[1].replace(/''/g, "'") : undefined;
}

/**
 * Microsoft Graph and the Entra ID token endpoint as ikbot uses them, on https://127.0.0.1 with a
 * self-signed certificate: users, the Teams app catalog and a user's installed apps. Faults (429 with
 * Retry-After, 403, 404, 5xx) can be injected per request.
 */
export async function startFakeGraph(options: { manifestAppId: string }): Promise<FakeGraph> {
  const { key, cert, file } = certificate();
  const catalogAppId = randomUUID();
  const users = new Map<string, FakeGraphUser>();
  const installs = new Map<string, { installationId: string; chatId: string }>();
  const installOrder: string[] = [];
  const faults: Array<{ fault: GraphFault; remaining: number }> = [];
  const recorded: GraphRequest[] = [];
  const tokens = new Set<string>();
  const tokenBodies: Array<Record<string, string>> = [];

  const userBy = (idOrUpn: string): FakeGraphUser | undefined =>
    users.get(idOrUpn) ??
    [...users.values()].find((u) => u.userPrincipalName.toLowerCase() === idOrUpn.toLowerCase());
  const view = (u: FakeGraphUser) => ({
    id: u.id,
    displayName: u.displayName,
    userPrincipalName: u.userPrincipalName,
    mail: u.mail ?? null,
    accountEnabled: u.accountEnabled,
  });

  const handle = (req: IncomingMessage, res: ServerResponse, raw: string): void => {
    const url = new URL(req.url ?? '/', 'https://127.0.0.1');
    const base = `https://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const pathName = decodeURIComponent(url.pathname);
    const json = (status: number, body: unknown): void => {
      res.statusCode = status;
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify(body));
    };

    // Entra ID: discovery and client credentials.
    const openId = /^\/([^/]+)\/v2\.0\/\.well-known\/openid-configuration$/.exec(pathName);
    if (openId) {
      const tenant = openId[1];
      return json(200, {
        token_endpoint: `${base}/${tenant}/oauth2/v2.0/token`,
        issuer: `${base}/${tenant}/v2.0`,
        authorization_endpoint: `${base}/${tenant}/oauth2/v2.0/authorize`,
        end_session_endpoint: `${base}/${tenant}/oauth2/v2.0/logout`,
        jwks_uri: `${base}/${tenant}/discovery/v2.0/keys`,
        response_types_supported: ['code'],
        subject_types_supported: ['pairwise'],
        id_token_signing_alg_values_supported: ['RS256'],
      });
    }
    if (/^\/[^/]+\/oauth2\/v2\.0\/token$/.test(pathName) && req.method === 'POST') {
      const form = Object.fromEntries(new URLSearchParams(raw));
      tokenBodies.push(form);
      if (form.grant_type !== 'client_credentials' || !form.client_id) {
        return json(400, { error: 'invalid_request', error_description: 'client_credentials expected' });
      }
      const token = `${SECRET_MARKER}-${randomUUID()}`;
      tokens.add(token);
      return json(200, { token_type: 'Bearer', expires_in: 3600, ext_expires_in: 3600, access_token: token });
    }

    let body: unknown;
    try {
      body = raw ? JSON.parse(raw) : undefined;
    } catch {
      return graphError(res, 400, 'BadRequest', 'The body is not JSON.');
    }
    const authorization = req.headers.authorization ?? '';
    const request: GraphRequest = {
      method: req.method ?? 'GET',
      path: pathName,
      query: Object.fromEntries(url.searchParams),
      body,
      authorized: authorization.startsWith('Bearer ') && tokens.has(authorization.slice(7)),
    };
    recorded.push(request);
    if (!request.authorized)
      return graphError(res, 401, 'InvalidAuthenticationToken', 'Access token is empty.');
    const faultIndex = faults.findIndex(({ fault }) => !fault.match || fault.match(request));
    if (faultIndex >= 0) {
      const entry = faults[faultIndex];
      entry.remaining -= 1;
      if (entry.remaining <= 0) faults.splice(faultIndex, 1);
      const { status, code, retryAfterSeconds } = entry.fault;
      return graphError(res, status, code ?? defaultCode(status), `Injected ${status}.`, retryAfterSeconds);
    }

    const filter = request.query.$filter ?? '';
    if (request.method === 'GET' && pathName === '/v1.0/users') {
      const mail = filterValue(filter, 'mail');
      const upn = filterValue(filter, 'userPrincipalName');
      const found = [...users.values()].filter(
        (u) =>
          (mail && u.mail?.toLowerCase() === mail.toLowerCase()) ||
          (upn && u.userPrincipalName.toLowerCase() === upn.toLowerCase()),
      );
      return json(200, { value: found.map(view) });
    }
    if (request.method === 'GET' && pathName === '/v1.0/appCatalogs/teamsApps') {
      const externalId = filterValue(filter, 'externalId');
      return json(200, {
        value:
          externalId === options.manifestAppId
            ? [{ id: catalogAppId, externalId, displayName: 'ikbot' }]
            : [],
      });
    }
    const userPath = /^\/v1\.0\/users\/([^/]+)(\/teamwork\/installedApps(?:\/([^/]+)(\/chat)?)?)?$/.exec(
      pathName,
    );
    if (userPath) {
      const user = userBy(userPath[1]);
      if (!user)
        return graphError(res, 404, 'Request_ResourceNotFound', `Resource '${userPath[1]}' does not exist.`);
      if (!userPath[2] && request.method === 'GET') return json(200, view(user));
      if (userPath[2] && !userPath[3] && request.method === 'POST') {
        const bind = String((body as Record<string, unknown> | undefined)?.['teamsApp@odata.bind'] ?? '');
        if (!bind.endsWith(`/appCatalogs/teamsApps/${catalogAppId}`)) {
          return graphError(res, 404, 'NotFound', 'The app is not in the catalog.');
        }
        if (installs.has(user.id)) return graphError(res, 409, 'Conflict', 'The app is already installed.');
        installs.set(user.id, {
          installationId: randomUUID(),
          chatId: `19:${user.id}_${catalogAppId}@unq.gbl.spaces`,
        });
        installOrder.push(user.id);
        res.statusCode = 201;
        res.end();
        return;
      }
      if (userPath[2] && !userPath[3] && request.method === 'GET') {
        const install = installs.get(user.id);
        const wanted = filterValue(filter, 'teamsApp/externalId');
        const matches = install && (!wanted || wanted === options.manifestAppId);
        return json(200, {
          value: matches
            ? [
                {
                  id: install.installationId,
                  teamsApp: { id: catalogAppId, externalId: options.manifestAppId },
                },
              ]
            : [],
        });
      }
      if (userPath[4] && request.method === 'GET') {
        const install = installs.get(user.id);
        if (!install || install.installationId !== userPath[3]) {
          return graphError(res, 404, 'NotFound', 'No such installation.');
        }
        return json(200, { id: install.chatId });
      }
    }
    return graphError(res, 404, 'NotFound', `The fake Graph has no route for ${request.method} ${pathName}.`);
  };

  const server: Server = createServer({ key, cert }, (req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => handle(req, res, Buffer.concat(chunks).toString('utf8')));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const authorityHost = `https://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    baseUrl: `${authorityHost}/v1.0`,
    authorityHost,
    caFile: file,
    catalogAppId,
    env: (tenantId, clientId) => ({
      IKBOT_GRAPH_CREDENTIAL: 'secret',
      IKBOT_GRAPH_CLIENT_ID: clientId,
      IKBOT_GRAPH_TENANT_ID: tenantId,
      IKBOT_GRAPH_CLIENT_SECRET: 'fake-graph-client-secret-value',
      IKBOT_TEAMS_APP_ID: options.manifestAppId,
      IKBOT_GRAPH_BASE_URL: `${authorityHost}/v1.0`,
      IKBOT_GRAPH_AUTHORITY_HOST: authorityHost,
      IKBOT_GRAPH_CA_FILE: file,
    }),
    addUser: (user) => users.set(user.id, user),
    installedFor: () => [...installOrder],
    preinstall: (userId) => {
      installs.set(userId, {
        installationId: randomUUID(),
        chatId: `19:${userId}_${catalogAppId}@unq.gbl.spaces`,
      });
    },
    failNext: (fault) => faults.push({ fault, remaining: fault.count ?? 1 }),
    requests: () => [...recorded],
    tokenRequests: () => [...tokenBodies],
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
