import type { TurnContext } from 'botbuilder';
import { controlIndex } from '../../domain/plan/controlIndex';
import type { UploadRequest } from '../../domain/ports/EvidenceRepository';
import { evidenceTexts } from '../../i18n/evidenceTexts';
import { attachEvidence } from '../../usecases/evidence/attachEvidence';
import type { BotServices } from '../BotServices';
import { httpsOnly, openDownload } from '../planUpload/downloadPlanFile';
import type { TurnInfo } from '../turnInfo';
import { botTokenOf, type EvidenceAttachment } from './evidenceAttachment';

/**
 * A file sent in the personal chat after "Bifoga underlag": downloaded (https on every redirect,
 * refused beyond the size limit without reading it all), checked by content and attached to the
 * occasion as it arrives (never held whole when its first bytes show a PDF or an image); or
 * refused with a message saying what to do, nothing stored. The request stays open
 * until it expires, so several files can be sent one after another.
 */
export async function handleEvidenceUpload(
  context: TurnContext,
  info: TurnInfo,
  file: EvidenceAttachment,
  request: UploadRequest,
  services: BotServices,
): Promise<void> {
  const t = evidenceTexts(info.locale);
  const maxBytes = services.evidence.limits.maxBytes;
  const maxMb = Math.floor(maxBytes / (1024 * 1024));
  const download = await openDownload(file.url, {
    maxBytes,
    allowUrl: httpsOnly(services.config.localMode),
    authorization: file.needsBotToken ? bearer(await botTokenOf(context)) : undefined,
  });
  if (!download.ok) {
    services.logger.warn(
      { file: file.name, reason: download.reason, detail: download.detail },
      download.reason === 'tooLarge'
        ? 'An evidence file was larger than IKBOT_EVIDENCE_MAX_MB; refused, nothing stored.'
        : 'Could not download an evidence file from Teams (or it left https); check outbound HTTPS access to SharePoint/OneDrive.',
    );
    await context.sendActivity(
      download.reason === 'tooLarge' ? t.tooLarge(file.name, maxMb) : t.unreachable(file.name),
    );
    return;
  }
  const outcome = await attachEvidence(
    { ...services.evidence, occasions: services.occasions, audit: services.audit },
    {
      occasionId: request.occasionId,
      fileName: file.name,
      // The download as it arrives: checked by its first bytes and written to the store in pieces.
      content: download.body,
      declaredBytes: download.declaredBytes,
      by: { aadObjectId: request.aadObjectId, name: info.userName ?? request.aadObjectId },
      now: services.now(),
    },
  );
  if (!outcome.attached) {
    services.logger.info(
      { file: file.name, reason: outcome.reason },
      'An evidence file was refused; nothing stored.',
    );
    await context.sendActivity(
      outcome.reason === 'tooLarge'
        ? t.tooLarge(file.name, maxMb)
        : outcome.reason === 'notAllowed'
          ? t.notAllowedType(file.name)
          : outcome.reason === 'unreadable'
            ? t.unreachable(file.name)
            : t.occasionGone,
    );
    return;
  }
  const stored = await services.plans.findById(outcome.file.planId);
  const control = stored ? controlIndex(stored.plan).get(outcome.file.controlId)?.control : undefined;
  const occasion = await services.occasions.findById(outcome.file.occasionId);
  const unit = stored?.plan.units.find((candidate) => candidate.id === occasion?.unitId);
  await context.sendActivity(
    t.attached(
      outcome.file.fileName,
      control ? `${control.id} ${control.title}` : outcome.file.controlId,
      unit?.name ?? occasion?.unitId ?? '',
    ),
  );
}

function bearer(token: string | undefined): string | undefined {
  return token ? `Bearer ${token}` : undefined;
}
