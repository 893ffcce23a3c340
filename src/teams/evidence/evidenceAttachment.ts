import type { Activity, TurnContext } from 'botbuilder';
import { FILE_DOWNLOAD_INFO } from '../planUpload/planFileAttachment';

export interface EvidenceAttachment {
  name: string;
  url: string;
  /** A Teams-hosted inline image (a photo sent from the mobile app) needs the bot's token. */
  needsBotToken: boolean;
}

/**
 * The file of a message sent in the personal chat: a shared file (file.download.info, its
 * downloadUrl pre-authorised), else an inline image (image/*, its contentUrl on the Bot Connector).
 */
export function evidenceAttachmentOf(
  activity: Pick<Activity, 'attachments'>,
): EvidenceAttachment | undefined {
  const attachments = activity.attachments ?? [];
  for (const attachment of attachments) {
    if (attachment.contentType !== FILE_DOWNLOAD_INFO) continue;
    const content = (attachment.content ?? {}) as { downloadUrl?: unknown; fileType?: unknown };
    if (typeof content.downloadUrl !== 'string') continue;
    const fileType = typeof content.fileType === 'string' ? content.fileType : 'bin';
    return {
      name: attachment.name || `underlag.${fileType}`,
      url: content.downloadUrl,
      needsBotToken: false,
    };
  }
  for (const attachment of attachments) {
    if (!/^image\//.test(attachment.contentType ?? '') || typeof attachment.contentUrl !== 'string') continue;
    const extension = attachment.contentType === 'image/png' ? 'png' : 'jpg';
    return { name: attachment.name || `bild.${extension}`, url: attachment.contentUrl, needsBotToken: true };
  }
  return undefined;
}

/** The bot's Bot Connector token for this turn, if the adapter has credentials (none in local mode). */
export async function botTokenOf(context: TurnContext): Promise<string | undefined> {
  const adapter = context.adapter as { ConnectorClientKey?: symbol };
  const client = adapter.ConnectorClientKey
    ? (context.turnState.get(adapter.ConnectorClientKey) as {
        credentials?: { getToken?: () => Promise<string> };
      })
    : undefined;
  const getToken = client?.credentials?.getToken;
  if (typeof getToken !== 'function') return undefined;
  try {
    const token = await getToken.call(client?.credentials);
    return token || undefined;
  } catch {
    return undefined;
  }
}
