import type { Attachment } from 'botbuilder';
import { REPORT_FORMATS, type ReportFormat } from '../../reports/writeReport';

export const FILE_CONSENT_CARD = 'application/vnd.microsoft.teams.card.file.consent';
export const FILE_INFO_CARD = 'application/vnd.microsoft.teams.card.file.info';

/** What the bot gets back in the fileConsent/invoke: which report to generate at accept time. */
export interface ReportConsentContext {
  year: number;
  format: ReportFormat;
  planId: string;
  /** The interim (delår) report; absent for the whole year. */
  period?: 'interim';
}

/** Teams' FileConsentCard: asks the user to let the bot put the file in their OneDrive (personal chats only). */
export function fileConsentCard(
  fileName: string,
  description: string,
  sizeInBytes: number,
  context: ReportConsentContext,
): Attachment {
  return {
    contentType: FILE_CONSENT_CARD,
    name: fileName,
    content: { description, sizeInBytes, acceptContext: context, declineContext: context },
  };
}

/** The acceptContext/declineContext as it came back, or undefined when it is not one of ours. */
export function reportConsentContextOf(value: unknown): ReportConsentContext | undefined {
  const context = value as Partial<ReportConsentContext> | undefined;
  if (!context || typeof context !== 'object') return undefined;
  if (typeof context.year !== 'number' || !Number.isInteger(context.year)) return undefined;
  if (!REPORT_FORMATS.includes(context.format as ReportFormat)) return undefined;
  if (typeof context.planId !== 'string' || context.planId === '') return undefined;
  return {
    year: context.year,
    format: context.format as ReportFormat,
    planId: context.planId,
    ...(context.period === 'interim' ? { period: 'interim' as const } : {}),
  };
}
