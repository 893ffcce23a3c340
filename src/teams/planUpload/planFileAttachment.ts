import type { Activity } from 'botbuilder';

/** What Teams attaches when someone shares a file in the personal chat with a bot that supports files. */
export const FILE_DOWNLOAD_INFO = 'application/vnd.microsoft.teams.file.download.info';

export interface PlanFileAttachment {
  name: string;
  downloadUrl: string;
}

/**
 * The shared file of a message, if any. The text/html attachment Teams adds to every message is
 * ignored; so are other attachment kinds (cards, pasted images).
 */
export function planFileAttachmentOf(
  activity: Pick<Activity, 'attachments'>,
): PlanFileAttachment | undefined {
  for (const attachment of activity.attachments ?? []) {
    if (attachment.contentType !== FILE_DOWNLOAD_INFO) continue;
    const content = (attachment.content ?? {}) as { downloadUrl?: unknown; fileType?: unknown };
    if (typeof content.downloadUrl !== 'string') continue;
    const fileType = typeof content.fileType === 'string' ? content.fileType : 'bin';
    return { name: attachment.name || `plan.${fileType}`, downloadUrl: content.downloadUrl };
  }
  return undefined;
}
