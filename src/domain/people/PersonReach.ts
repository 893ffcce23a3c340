import type { UnreachableReason } from '../ports/ReachabilityRepository';

/** Whether ikbot can write to a person in Teams: how, or why not, or why it cannot tell. */
export type PersonReachStatus =
  | { reachable: true; how: 'chat' | 'appInstalled' }
  | { reachable: false; reason: UnreachableReason | 'noObjectId' }
  | { reachable: 'unknown'; why: 'noGraph' | 'graphFailed'; detail?: string };

export interface PersonReach {
  personId: string;
  name: string;
  aadObjectId?: string;
  email?: string;
  status: PersonReachStatus;
  /** What Teams or Graph last answered, for administrators. */
  detail?: string;
}
