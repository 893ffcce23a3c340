import type { Config } from '../config/readConfig';
import type { PersonalData } from '../domain/ports/PersonalData';
import type { Logger } from '../logging/createLogger';

const DAY = 24 * 60 * 60 * 1000;

/**
 * Deletes what the retention settings no longer allow: conversation references of uninstalled
 * chats older than IKBOT_UNINSTALLED_RETENTION_DAYS and report downloads expired more than
 * IKBOT_REPORT_DOWNLOAD_RETENTION_DAYS ago. Run at start and every night.
 */
export async function purgePersonalData(
  store: PersonalData,
  retention: Config['retention'],
  now: Date,
  logger: Logger,
): Promise<{ conversations: number; reportDownloads: number }> {
  const purged = await store.purge(
    new Date(now.getTime() - retention.uninstalledConversationDays * DAY),
    new Date(now.getTime() - retention.expiredReportDownloadDays * DAY),
  );
  logger.info(
    { event: 'personal data purged', ...purged },
    'Removed conversation references of uninstalled chats and expired report downloads past their retention.',
  );
  return purged;
}
