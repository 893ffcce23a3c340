import type { TurnContext } from 'botbuilder';
import { reportMessagesFor } from '../../i18n/reportMessages';
import type { BotServices } from '../BotServices';
import { turnInfo } from '../turnInfo';
import { FILE_INFO_CARD, reportConsentContextOf } from './fileConsentCard';
import { followUpReportFile } from './followUpReportFile';

interface FileConsentValue {
  type?: string;
  action?: 'accept' | 'decline';
  context?: unknown;
  uploadInfo?: {
    name?: string;
    uploadUrl?: string;
    contentUrl?: string;
    uniqueId?: string;
    fileType?: string;
  };
}

/**
 * The user's answer to a report's file consent card. Accept: the report is generated again (so it is
 * current), PUT to the upload URL Teams gave, and shown as a file card; decline: the user is told.
 */
export async function handleFileConsent(context: TurnContext, services: BotServices): Promise<void> {
  const info = turnInfo(context);
  const texts = reportMessagesFor(info.locale);
  const value = (context.activity.value ?? {}) as FileConsentValue;
  const consent = reportConsentContextOf(value.context);
  if (!consent) {
    services.logger.warn(
      { value: { type: value.type, action: value.action } },
      'A fileConsent/invoke without a report context arrived; ignored (nothing to upload).',
    );
    return;
  }
  // The consent card becomes plain text first, so it cannot be accepted (or declined) a second time.
  await replaceConsentCard(
    context,
    services,
    value.action === 'accept' ? texts.consentAccepted(consent.year) : texts.consentDeclined(consent.year),
  );
  if (value.action !== 'accept') {
    await context.sendActivity(texts.declined(consent.year));
    return;
  }
  const upload = value.uploadInfo;
  const stored = await services.plans.findById(consent.planId);
  if (!upload?.uploadUrl || !stored) {
    services.logger.warn(
      { planId: consent.planId, hasUploadUrl: Boolean(upload?.uploadUrl) },
      'A report upload was accepted, but the plan is gone or Teams gave no upload URL; the user was asked to try again.',
    );
    await context.sendActivity(stored ? texts.uploadFailed(consent.year) : texts.noPlan(consent.year));
    return;
  }
  try {
    const file = await followUpReportFile(services, stored.plan, consent.year, consent.format, {
      period: consent.period ?? 'year',
    });
    const size = file.content.length;
    const response = await fetch(upload.uploadUrl, {
      method: 'PUT',
      headers: {
        'Content-Type': file.contentType,
        'Content-Length': String(size),
        'Content-Range': `bytes 0-${size - 1}/${size}`,
      },
      body: file.content,
      signal: AbortSignal.timeout(60_000),
    });
    if (!response.ok) throw new Error(`the upload URL answered HTTP ${response.status}`);
  } catch (error) {
    services.logger.error(
      { err: error, planId: consent.planId, year: consent.year },
      'Uploading the follow-up report to the user’s OneDrive failed; the user was told to try again.',
    );
    await context.sendActivity(texts.uploadFailed(consent.year));
    return;
  }
  const name = upload.name ?? '';
  await context.sendActivity({
    text: texts.uploaded(name),
    attachments: [
      {
        contentType: FILE_INFO_CARD,
        contentUrl: upload.contentUrl,
        name,
        content: { uniqueId: upload.uniqueId, fileType: upload.fileType },
      },
    ],
  });
}

/** Replaces the answered file consent card (the invoke's replyToId) with a line of text. */
async function replaceConsentCard(context: TurnContext, services: BotServices, text: string): Promise<void> {
  const id = context.activity.replyToId;
  if (!id) return;
  try {
    await context.updateActivity({ id, type: 'message', text, attachments: [] });
  } catch (error) {
    // The upload still goes ahead; the old card stays, and a second accept uploads a fresh copy.
    services.logger.warn(
      { err: error },
      'Could not replace an answered file consent card; it stays visible.',
    );
  }
}
