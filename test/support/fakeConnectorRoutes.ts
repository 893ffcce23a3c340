/** Which Bot Connector operation a request is, read from its method and path. */
export type ConnectorOperation =
  | 'reply'
  | 'send'
  | 'update'
  | 'delete'
  | 'createConversation'
  | 'getConversations'
  | 'getMember'
  | 'getMembers'
  | 'getPagedMembers'
  | 'getActivityMembers'
  | 'getTeamDetails'
  | 'getTeamChannels'
  | 'downloadFile'
  | 'unknown';

export interface ConnectorRoute {
  operation: ConnectorOperation;
  /** Decoded: `a:1...`, not `a%3A1...`. */
  conversationId?: string;
  /** The replied-to activity for `reply`, the target for `update` and `delete`. */
  activityId?: string;
  memberId?: string;
  teamId?: string;
  fileId?: string;
}

/** Paths as botframework-connector 4.23 builds them (connectorApi and teams operations). */
export function parseConnectorRoute(method: string, pathname: string): ConnectorRoute {
  const parts = pathname
    .split('/')
    .filter((part) => part !== '')
    .map((part) => decodeURIComponent(part));
  const verb = method.toUpperCase();

  if (parts[0] === 'files' && parts.length >= 2 && verb === 'GET') {
    return { operation: 'downloadFile', fileId: parts[1] };
  }
  if (parts[0] !== 'v3') return { operation: 'unknown' };

  if (parts[1] === 'teams' && parts.length >= 3 && verb === 'GET') {
    const teamId = parts[2];
    if (parts.length === 3) return { operation: 'getTeamDetails', teamId };
    if (parts.length === 4 && parts[3] === 'conversations') return { operation: 'getTeamChannels', teamId };
    return { operation: 'unknown', teamId };
  }
  if (parts[1] !== 'conversations') return { operation: 'unknown' };

  if (parts.length === 2) {
    if (verb === 'POST') return { operation: 'createConversation' };
    if (verb === 'GET') return { operation: 'getConversations' };
    return { operation: 'unknown' };
  }

  const conversationId = parts[2];
  const [, , , collection, itemId, sub] = parts;
  const known = (operation: ConnectorOperation, extra: Partial<ConnectorRoute> = {}): ConnectorRoute => ({
    operation,
    conversationId,
    ...extra,
  });

  if (collection === 'activities') {
    if (parts.length === 4 && verb === 'POST') return known('send');
    if (parts.length === 5 && itemId !== 'history') {
      if (verb === 'POST') return known('reply', { activityId: itemId });
      if (verb === 'PUT') return known('update', { activityId: itemId });
      if (verb === 'DELETE') return known('delete', { activityId: itemId });
    }
    if (parts.length === 6 && sub === 'members' && verb === 'GET') {
      return known('getActivityMembers', { activityId: itemId });
    }
  }
  if (collection === 'members' && verb === 'GET') {
    if (parts.length === 4) return known('getMembers');
    if (parts.length === 5) return known('getMember', { memberId: itemId });
  }
  if (collection === 'pagedmembers' && parts.length === 4 && verb === 'GET') return known('getPagedMembers');
  return known('unknown');
}
