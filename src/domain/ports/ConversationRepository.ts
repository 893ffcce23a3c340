import type { Locale } from '../plan/types';

export type ConversationKind = 'personal' | 'channel' | 'groupChat';

/**
 * Where the bot can reach someone later without being spoken to: a 1:1 chat (keyed by the person's
 * Entra ID object id) or a channel/group chat (keyed by conversation id). The connector reference is
 * opaque to the domain; only the Teams edge reads it.
 */
export interface StoredConversation {
  key: string;
  kind: ConversationKind;
  tenantId: string;
  conversationId: string;
  aadObjectId?: string;
  name?: string;
  locale?: Locale;
  reference: Record<string, unknown>;
  installed: boolean;
  updatedAt: Date;
}

export interface ConversationRepository {
  save(conversation: StoredConversation): Promise<void>;
  findByKey(key: string): Promise<StoredConversation | null>;
  findPersonal(aadObjectId: string): Promise<StoredConversation | null>;
  markUninstalled(key: string, at: Date): Promise<void>;
  /** Several conversations in one query (a reminder pass looks up thousands of people at once). */
  findByKeys?(keys: readonly string[]): Promise<StoredConversation[]>;
}

export const personalKey = (aadObjectId: string): string => `user:${aadObjectId}`;
export const conversationKey = (conversationId: string): string => `conversation:${conversationId}`;
