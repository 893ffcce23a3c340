import type { Locale } from '../plan/types';

/** A channel (or group chat) that gets the weekly leadership digest. */
export interface Subscription {
  /** conversationKey(conversationId) of the channel, without a thread's ;messageid= part. */
  key: string;
  conversationId: string;
  tenantId: string;
  locale: Locale;
  subscribedBy: { aadObjectId: string; name: string };
  subscribedAt: Date;
}

export interface SubscriptionRepository {
  /** Adds or refreshes a subscription; true when it is new. */
  subscribe(subscription: Subscription): Promise<boolean>;
  /** True when there was a subscription to remove. */
  unsubscribe(key: string): Promise<boolean>;
  list(): Promise<Subscription[]>;
}
