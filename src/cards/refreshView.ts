/** Teams refreshes a card automatically for at most 60 listed users. */
export const MAX_REFRESH_USER_IDS = 60;

export interface RefreshView {
  hasRefresh: boolean;
  refreshUserIds: string[];
}

/**
 * The `refresh` section's data: the users (Teams user ids, e.g. "29:..." or AAD object ids as the
 * host uses them) whose card is refreshed with verb refreshCard. Truncated to Teams' limit of 60.
 */
export function refreshView(userIds: readonly string[] | undefined): RefreshView {
  const ids = [...new Set(userIds ?? [])].slice(0, MAX_REFRESH_USER_IDS);
  return { hasRefresh: ids.length > 0, refreshUserIds: ids };
}
