/**
 * Why ikbot cannot write to a person in Teams, in words a manager understands (see i18n/peopleMessages).
 * appNotInstalled: the app is not installed for them (and ikbot could not install it);
 * installPending: ikbot installed it through Graph and waits for Teams' installation event;
 * accountDisabled / accountUnknown: the directory says so; blockedByPolicy: an admin (app permission
 * policy, disabled bot, refused installation) stops it; blockedByUser: they blocked the chat.
 */
export type UnreachableReason =
  | 'appNotInstalled'
  | 'installPending'
  | 'accountDisabled'
  | 'accountUnknown'
  | 'blockedByPolicy'
  | 'blockedByUser';

export interface Reachability {
  aadObjectId: string;
  tenantId: string;
  reason: UnreachableReason;
  /** What Teams or Graph answered (status and code), for administrators; never a secret. */
  detail: string;
  /** When ikbot last asked Graph to install the app for them. */
  installRequestedAt?: Date;
  since: Date;
  updatedAt: Date;
}

/** People ikbot could not reach, one record each, removed when a message reaches them again. */
export interface ReachabilityRepository {
  unreachable(aadObjectIds?: readonly string[]): Promise<Reachability[]>;
  markUnreachable(record: Omit<Reachability, 'since'>): Promise<void>;
  markReachable(aadObjectId: string): Promise<void>;
}
