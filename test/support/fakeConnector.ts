import { randomBytes, randomUUID } from 'node:crypto';
import { EventEmitter } from 'node:events';
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Activity, ChannelAccount } from 'botbuilder';
import {
  FaultQueue,
  TenantRateLimiter,
  teamsErrors,
  type FaultSpec,
  type TeamsError,
} from './fakeConnectorFaults';
import { parseConnectorRoute, type ConnectorOperation } from './fakeConnectorRoutes';

export type { ConnectorOperation } from './fakeConnectorRoutes';
export { teamsErrors, type FaultSpec, type TeamsError } from './fakeConnectorFaults';

/** A request as it reached the fake connector, before it was answered. */
export interface ConnectorRequest {
  operation: ConnectorOperation;
  method: string;
  /** The path as received (still URL-encoded), without the query string. */
  path: string;
  query: Record<string, string>;
  /** Decoded conversation id (`a:1...`, `19:...@thread.tacv2`). */
  conversationId?: string;
  activityId?: string;
  memberId?: string;
  teamId?: string;
  /** The tenant the request counts against, when it can be told (activity, body or earlier calls). */
  tenantId?: string;
  /** The parsed JSON body (undefined when there was none). */
  body: unknown;
  /** The activity sent, replied or updated (also the one inside a createConversation, if any). */
  activity?: Partial<Activity>;
  /** Request headers, lower-case, with Authorization and cookies removed. */
  headers: Record<string, string>;
  at: Date;
}

/** A recorded request with the answer the fake connector gave. */
export interface ConnectorCall extends ConnectorRequest {
  /** 1, 2, 3 ... in arrival order. */
  seq: number;
  status: number;
  response: unknown;
  /** Set when the answer came from failNext() or from the rate limiter rather than the normal route. */
  fault?: 'injected' | 'rateLimited';
}

/** An activity that reached a conversation (a 2xx reply, send, or createConversation with an activity). */
export interface SentActivity {
  conversationId: string;
  /** The id the fake connector gave the new activity. */
  id: string;
  operation: 'reply' | 'send' | 'createConversation';
  /** For replies: the activity id in the path. */
  replyToId?: string;
  tenantId?: string;
  activity: Partial<Activity>;
  at: Date;
}

/** A user the connector knows, as returned by GET members (a TeamsChannelAccount). */
export interface KnownMember {
  id: string;
  name: string;
  aadObjectId: string;
  givenName?: string;
  surname?: string;
  email?: string;
  userPrincipalName?: string;
  tenantId?: string;
  userRole?: string;
}

export interface CreatedConversation {
  id: string;
  tenantId?: string;
  isGroup: boolean;
  members: ChannelAccount[];
  bot?: ChannelAccount;
}

export interface ServedFile {
  downloadUrl: string;
  uniqueId: string;
  fileType: string;
}

export interface FakeConnectorOptions {
  /** Per-tenant rate limit (Teams: 50 requests per second per app per tenant); off by default. */
  limitPerSecond?: number;
  /** Users GET members can answer for; more can be added with addUsers(). */
  users?: KnownMember[];
  /** Added before every answer, to imitate network and service latency. */
  latencyMs?: number;
}

export interface FakeConnector {
  /** The serviceUrl to put in activities; ends with '/' like Teams' own. */
  readonly url: string;
  readonly calls: readonly ConnectorCall[];
  readonly conversations: ReadonlyMap<string, CreatedConversation>;
  sent(filter?: { conversationId?: string }): SentActivity[];
  /** Resolves with the first recorded call (past or future) that matches; rejects after timeoutMs. */
  waitFor(predicate: (call: ConnectorCall) => boolean, timeoutMs?: number): Promise<ConnectorCall>;
  failNext(spec: FaultSpec): void;
  /** Faults queued by failNext() that have not fired yet. */
  readonly pendingFaults: number;
  setRateLimit(limitPerSecond: number | undefined): void;
  addUsers(...users: KnownMember[]): void;
  /** Makes getMembers answer for a conversation (e.g. a personal chat that came from a test activity). */
  addConversation(conversation: { id: string; tenantId?: string; members: KnownMember[] }): void;
  /** Serves bytes at a downloadUrl, as SharePoint does for a file shared in a personal chat. */
  serveFile(name: string, content: Buffer | string, contentType?: string): ServedFile;
  /** Forgets calls, pending faults and rate-limit windows; keeps users, conversations and files. */
  reset(): void;
  close(): Promise<void>;
}

const hiddenHeaders = new Set(['authorization', 'proxy-authorization', 'cookie', 'set-cookie']);

function safeHeaders(headers: IncomingHttpHeaders): Record<string, string> {
  const kept: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined || hiddenHeaders.has(name.toLowerCase())) continue;
    kept[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
  }
  return kept;
}

async function readBody(req: IncomingMessage): Promise<{ raw: Buffer; json: unknown; invalid: boolean }> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const raw = Buffer.concat(chunks);
  if (raw.length === 0) return { raw, json: undefined, invalid: false };
  try {
    return { raw, json: JSON.parse(raw.toString('utf8')), invalid: false };
  } catch {
    return { raw, json: undefined, invalid: true };
  }
}

function asRecord(value: unknown): Record<string, unknown> | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}

function tenantOfBody(body: unknown): string | undefined {
  const record = asRecord(body);
  if (!record) return undefined;
  const conversation = asRecord(record.conversation);
  const channelData = asRecord(record.channelData);
  const tenant = asRecord(channelData?.tenant);
  const nested = asRecord(record.activity);
  const candidates = [conversation?.tenantId, tenant?.id, record.tenantId, nested && tenantOfBody(nested)];
  return candidates.find(
    (candidate): candidate is string => typeof candidate === 'string' && candidate !== '',
  );
}

const activityOperations = new Set<ConnectorOperation>(['reply', 'send', 'update']);

export async function startFakeConnector(options: FakeConnectorOptions = {}): Promise<FakeConnector> {
  const calls: ConnectorCall[] = [];
  const events = new EventEmitter();
  const faults = new FaultQueue();
  const users = new Map<string, KnownMember>();
  const conversations = new Map<string, CreatedConversation>();
  const conversationTenants = new Map<string, string>();
  const files = new Map<string, { name: string; content: Buffer; contentType: string }>();
  let limiter = options.limitPerSecond ? new TenantRateLimiter(options.limitPerSecond) : undefined;
  let seq = 0;
  let url = '';

  const addUsers = (...members: KnownMember[]): void => {
    for (const member of members) {
      const { id, name, aadObjectId, givenName, surname, email, userPrincipalName, tenantId, userRole } =
        member;
      users.set(id, {
        id,
        name,
        aadObjectId,
        givenName,
        surname,
        email,
        userPrincipalName,
        tenantId,
        userRole,
      });
    }
  };
  addUsers(...(options.users ?? []));

  const findUser = (memberId: string): KnownMember | undefined =>
    users.get(memberId) ?? [...users.values()].find((user) => user.aadObjectId === memberId);

  const asTeamsMember = (user: KnownMember): KnownMember => ({ ...user, userRole: user.userRole ?? 'user' });

  const membersOf = (conversationId: string): KnownMember[] => {
    const conversation = conversations.get(conversationId);
    if (!conversation) return [...users.values()].map(asTeamsMember);
    return conversation.members.map(
      (member) => findUser(member.id) ?? { id: member.id, name: member.name ?? '', aadObjectId: '' },
    );
  };

  /** Conversation ids are stable per tenant and member set, as Teams reuses a user's 1:1 chat. */
  const conversationKey = (
    tenantId: string | undefined,
    isGroup: boolean,
    members: ChannelAccount[],
  ): string =>
    [tenantId ?? '', isGroup ? 'group' : 'one', ...members.map((member) => member.id).sort()].join('|');
  const createdByKey = new Map<string, string>();

  const route = (
    request: ConnectorRequest,
  ): { status: number; response: unknown; file?: { content: Buffer; contentType: string } } => {
    const { operation, conversationId = '' } = request;
    const newActivityId = (): string => `1:${randomBytes(12).toString('base64url')}`;
    switch (operation) {
      case 'reply':
      case 'send':
        return { status: 201, response: { id: newActivityId() } };
      case 'update':
        return { status: 200, response: { id: request.activityId } };
      case 'delete':
        return { status: 200, response: undefined };
      case 'createConversation': {
        const body = asRecord(request.body) ?? {};
        const members = Array.isArray(body.members) ? (body.members as ChannelAccount[]) : [];
        const isGroup = body.isGroup === true;
        const key = conversationKey(request.tenantId, isGroup, members);
        const id = createdByKey.get(key) ?? `a:1${randomBytes(24).toString('base64url')}`;
        createdByKey.set(key, id);
        conversations.set(id, {
          id,
          tenantId: request.tenantId,
          isGroup,
          members,
          bot: asRecord(body.bot) as ChannelAccount | undefined,
        });
        if (request.tenantId) conversationTenants.set(id, request.tenantId);
        const response: Record<string, string> = { id };
        if (request.activity) response.activityId = newActivityId();
        return { status: 201, response };
      }
      case 'getConversations':
        return {
          status: 200,
          response: { conversations: [...conversations.values()].map(({ id }) => ({ id })) },
        };
      case 'getMember': {
        const user = findUser(request.memberId ?? '');
        const conversation = conversations.get(conversationId);
        const inConversation =
          !conversation || conversation.members.some((m) => m.id === user?.id || m.id === user?.aadObjectId);
        if (!user || !inConversation) return errorAnswer(404, teamsErrors.memberNotFound);
        return { status: 200, response: asTeamsMember(user) };
      }
      case 'getMembers':
      case 'getActivityMembers':
        return { status: 200, response: membersOf(conversationId) };
      case 'getPagedMembers':
        return { status: 200, response: { members: membersOf(conversationId) } };
      case 'getTeamDetails':
      case 'getTeamChannels':
        return errorAnswer(404, {
          code: 'NotImplementedInFakeConnector',
          message: `The fake connector does not emulate ${operation}; add it to test/support/fakeConnector.ts.`,
        });
      case 'downloadFile': {
        const file = files.get(request.path.split('/')[2] ?? '');
        if (!file) return errorAnswer(404, { code: 'itemNotFound', message: 'The file was not served.' });
        return { status: 200, response: undefined, file };
      }
      default:
        return errorAnswer(404, {
          code: 'UnknownRoute',
          message: `The fake connector has no route for ${request.method} ${request.path}.`,
        });
    }
  };

  const errorAnswer = (status: number, error: TeamsError) => ({ status, response: { error } });

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const at = new Date();
    const requestUrl = new URL(req.url ?? '/', 'http://127.0.0.1');
    const method = (req.method ?? 'GET').toUpperCase();
    const parsedRoute = parseConnectorRoute(method, requestUrl.pathname);
    const { json, invalid } = await readBody(req);
    const body = json;
    const record = asRecord(body);
    const activity = activityOperations.has(parsedRoute.operation)
      ? (record as Partial<Activity> | undefined)
      : parsedRoute.operation === 'createConversation'
        ? (asRecord(record?.activity) as Partial<Activity> | undefined)
        : undefined;
    const { conversationId } = parsedRoute;
    const tenantId =
      tenantOfBody(body) ?? (conversationId ? conversationTenants.get(conversationId) : undefined);
    if (conversationId && tenantId && !conversationTenants.has(conversationId)) {
      conversationTenants.set(conversationId, tenantId);
    }

    const request: ConnectorRequest = {
      ...parsedRoute,
      method,
      path: requestUrl.pathname,
      query: Object.fromEntries(requestUrl.searchParams),
      tenantId,
      body,
      activity,
      headers: safeHeaders(req.headers),
      at,
    };

    let answer: ReturnType<typeof route>;
    let fault: ConnectorCall['fault'];
    let retryAfterSeconds: number | undefined;
    let retryAfter: string | undefined;
    const injected = invalid ? undefined : faults.take(request);
    const throttledFor =
      !invalid && !injected && limiter && request.operation !== 'downloadFile'
        ? limiter.admit(tenantId ?? 'unknown-tenant', at.getTime())
        : undefined;
    if (invalid) {
      answer = errorAnswer(400, { code: 'BadSyntax', message: 'The request body is not valid JSON.' });
    } else if (injected) {
      answer = errorAnswer(injected.status, injected.error);
      retryAfterSeconds = injected.retryAfterSeconds;
      retryAfter = injected.retryAfter;
      fault = 'injected';
    } else if (throttledFor !== undefined) {
      answer = errorAnswer(429, teamsErrors.tooManyRequests);
      retryAfterSeconds = throttledFor;
      fault = 'rateLimited';
    } else {
      answer = route(request);
    }

    if (options.latencyMs) await new Promise((resolve) => setTimeout(resolve, options.latencyMs));

    seq += 1;
    const call: ConnectorCall = { ...request, seq, status: answer.status, response: answer.response, fault };
    calls.push(call);

    const headers: Record<string, string> = {};
    if (retryAfterSeconds !== undefined) headers['retry-after'] = String(retryAfterSeconds);
    if (retryAfter !== undefined) headers['retry-after'] = retryAfter;
    if (answer.file) {
      res.writeHead(answer.status, { ...headers, 'content-type': answer.file.contentType });
      res.end(answer.file.content);
    } else if (answer.response === undefined) {
      res.writeHead(answer.status, headers);
      res.end();
    } else {
      res.writeHead(answer.status, { ...headers, 'content-type': 'application/json; charset=utf-8' });
      res.end(JSON.stringify(answer.response));
    }
    events.emit('call', call);
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      res.writeHead(500, { 'content-type': 'text/plain' });
      res.end(`fake connector failed: ${error instanceof Error ? error.stack : String(error)}`);
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;

  const sent = (filter: { conversationId?: string } = {}): SentActivity[] =>
    calls.flatMap((call): SentActivity[] => {
      const ok = call.status >= 200 && call.status < 300;
      if (!ok || !call.activity) return [];
      if (
        call.operation !== 'reply' &&
        call.operation !== 'send' &&
        call.operation !== 'createConversation'
      ) {
        return [];
      }
      const response = asRecord(call.response) ?? {};
      const conversationId =
        call.operation === 'createConversation' ? String(response.id) : call.conversationId;
      const id = call.operation === 'createConversation' ? response.activityId : response.id;
      if (!conversationId || typeof id !== 'string') return [];
      if (filter.conversationId !== undefined && filter.conversationId !== conversationId) return [];
      return [
        {
          conversationId,
          id,
          operation: call.operation,
          replyToId: call.operation === 'reply' ? call.activityId : undefined,
          tenantId: call.tenantId,
          activity: call.activity,
          at: call.at,
        },
      ];
    });

  const waitFor = (predicate: (call: ConnectorCall) => boolean, timeoutMs = 2000): Promise<ConnectorCall> => {
    const already = calls.find(predicate);
    if (already) return Promise.resolve(already);
    return new Promise((resolve, reject) => {
      const onCall = (call: ConnectorCall): void => {
        if (!predicate(call)) return;
        clearTimeout(timer);
        events.off('call', onCall);
        resolve(call);
      };
      const timer = setTimeout(() => {
        events.off('call', onCall);
        const seen = calls.map((call) => `${call.method} ${call.path} → ${call.status}`).join('\n  ');
        reject(
          new Error(
            `fake connector: no matching call within ${timeoutMs} ms. Calls seen (${calls.length}):\n  ${seen || '(none)'}`,
          ),
        );
      }, timeoutMs);
      events.on('call', onCall);
    });
  };

  return {
    get url() {
      return url;
    },
    calls,
    conversations,
    sent,
    waitFor,
    failNext: (spec) => faults.add(spec),
    get pendingFaults() {
      return faults.size;
    },
    setRateLimit: (limitPerSecond) => {
      limiter = limitPerSecond ? new TenantRateLimiter(limitPerSecond) : undefined;
    },
    addUsers,
    addConversation: ({ id, tenantId, members }) => {
      conversations.set(id, { id, tenantId, isGroup: members.length > 1, members });
      if (tenantId) conversationTenants.set(id, tenantId);
      addUsers(...members);
    },
    serveFile: (name, content, contentType = 'application/octet-stream') => {
      const uniqueId = randomUUID();
      files.set(uniqueId, { name, content: Buffer.from(content), contentType });
      const fileType = name.includes('.') ? (name.split('.').pop() ?? '').toLowerCase() : '';
      return { downloadUrl: `${url}files/${uniqueId}/${encodeURIComponent(name)}`, uniqueId, fileType };
    },
    reset: () => {
      calls.length = 0;
      faults.clear();
      if (limiter) limiter = new TenantRateLimiter(limiter.perSecond);
    },
    close: async () => {
      events.removeAllListeners();
      server.closeAllConnections();
      await new Promise<void>((resolve, reject) =>
        server.close((error) => (error ? reject(error) : resolve())),
      );
    },
  };
}
