import { randomBytes } from 'node:crypto';
import type { Plan } from '../../domain/plan/types';
import type { BotServices } from '../BotServices';
import type { ReportFile } from './followUpReportFile';

/** How long a download link works. */
export const REPORT_LINK_TTL_MS = 60 * 60 * 1000;

/** Stores the file behind a new random token (deleting expired ones first) and returns its public URL. */
export async function reportDownloadLink(
  services: BotServices,
  plan: Plan,
  year: number,
  file: ReportFile,
): Promise<string> {
  const now = services.now();
  await services.reports.downloads.deleteExpired(now);
  const token = randomBytes(32).toString('base64url');
  await services.reports.downloads.save({
    token,
    fileName: file.fileName,
    contentType: file.contentType,
    content: file.content,
    planId: plan.id,
    year,
    createdAt: now,
    expiresAt: new Date(now.getTime() + REPORT_LINK_TTL_MS),
  });
  return `${services.reports.publicUrl().replace(/\/+$/, '')}/api/reports/${token}`;
}
