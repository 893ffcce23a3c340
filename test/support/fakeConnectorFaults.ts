import type { ConnectorRequest } from './fakeConnector';

/** An error body as Teams sends it: `{"error":{"code":...,"message":...}}`. */
export interface TeamsError {
  code: string;
  message: string;
}

/** Error bodies Teams answers with; the 403s are what a proactive send meets after a block or removal. */
export const teamsErrors = {
  conversationBlockedByUser: {
    code: 'ConversationBlockedByUser',
    message: 'User blocked the conversation with the bot.',
  },
  botNotInConversationRoster: {
    code: 'BotNotInConversationRoster',
    message: 'The bot is not part of the conversation roster.',
  },
  botDisabledByAdmin: { code: 'BotDisabledByAdmin', message: 'The tenant admin disabled this bot' },
  conversationNotFound: { code: 'ConversationNotFound', message: 'Conversation not found.' },
  memberNotFound: { code: 'MemberNotFoundInConversation', message: 'The member could not be found.' },
  tooManyRequests: {
    code: 'ThrottledRequest',
    message: 'Too many requests; retry after the Retry-After delay.',
  },
  preconditionFailed: { code: 'PreconditionFailed', message: 'The conversation was modified concurrently.' },
  serviceError: { code: 'ServiceError', message: 'Unknown error' },
  badGateway: { code: 'BadGateway', message: 'Bad gateway' },
  serviceUnavailable: { code: 'ServiceUnavailable', message: 'Service temporarily unavailable' },
  gatewayTimeout: { code: 'GatewayTimeout', message: 'Gateway timeout' },
} satisfies Record<string, TeamsError>;

export interface FaultSpec {
  status: number;
  /** Sent as the Retry-After header (seconds). botbuilder retries 429/503 only when it is present. */
  retryAfterSeconds?: number;
  /** Sent as the Retry-After header as it is, e.g. an HTTP date ("Wed, 21 Oct 2026 07:28:00 GMT"). */
  retryAfter?: string;
  /** How many matching requests fail; default 1. `Infinity` fails every matching request until reset(). */
  count?: number;
  /** Which requests the fault applies to; default every connector API request (not file downloads). */
  match?: (request: ConnectorRequest) => boolean;
  /** The error body; by default one that fits the status (403 → ConversationBlockedByUser). */
  error?: TeamsError;
}

export interface InjectedFault {
  status: number;
  retryAfterSeconds?: number;
  retryAfter?: string;
  error: TeamsError;
}

function defaultErrorFor(status: number): TeamsError {
  switch (status) {
    case 403:
      return teamsErrors.conversationBlockedByUser;
    case 404:
      return teamsErrors.conversationNotFound;
    case 412:
      return teamsErrors.preconditionFailed;
    case 429:
      return teamsErrors.tooManyRequests;
    case 502:
      return teamsErrors.badGateway;
    case 503:
      return teamsErrors.serviceUnavailable;
    case 504:
      return teamsErrors.gatewayTimeout;
    default:
      return teamsErrors.serviceError;
  }
}

interface PendingFault {
  spec: FaultSpec;
  remaining: number;
}

/** Faults queued by failNext(), consumed first-in first-out by the requests they match. */
export class FaultQueue {
  private pending: PendingFault[] = [];

  add(spec: FaultSpec): void {
    if (!Number.isInteger(spec.status) || spec.status < 400 || spec.status > 599) {
      throw new Error(`failNext: status must be an HTTP error status (400-599), got ${spec.status}`);
    }
    const count = spec.count ?? 1;
    if (!(count >= 1)) throw new Error(`failNext: count must be at least 1, got ${count}`);
    this.pending.push({ spec, remaining: count });
  }

  take(request: ConnectorRequest): InjectedFault | undefined {
    const index = this.pending.findIndex(({ spec }) =>
      spec.match ? spec.match(request) : request.operation !== 'downloadFile',
    );
    if (index < 0) return undefined;
    const entry = this.pending[index];
    entry.remaining -= 1;
    if (entry.remaining <= 0) this.pending.splice(index, 1);
    const { status, retryAfterSeconds, retryAfter, error } = entry.spec;
    return { status, retryAfterSeconds, retryAfter, error: error ?? defaultErrorFor(status) };
  }

  /** Faults not yet consumed (a test that expected them all to fire can assert this is 0). */
  get size(): number {
    return this.pending.reduce((sum, entry) => sum + entry.remaining, 0);
  }

  clear(): void {
    this.pending = [];
  }
}

/**
 * Teams' per-app-per-tenant limit, as a sliding one-second window. Only admitted requests count, so a
 * client that backs off as told gets through at the limit's rate.
 */
export class TenantRateLimiter {
  private readonly windows = new Map<string, number[]>();

  constructor(readonly perSecond: number) {
    if (!(perSecond >= 1)) throw new Error(`limitPerSecond must be at least 1, got ${perSecond}`);
  }

  /** Undefined when admitted; otherwise the seconds to wait (for Retry-After). */
  admit(tenantId: string, nowMs: number): number | undefined {
    const recent = (this.windows.get(tenantId) ?? []).filter((at) => nowMs - at < 1000);
    if (recent.length >= this.perSecond) {
      this.windows.set(tenantId, recent);
      return Math.max(1, Math.ceil((recent[0] + 1000 - nowMs) / 1000));
    }
    recent.push(nowMs);
    this.windows.set(tenantId, recent);
    return undefined;
  }
}
