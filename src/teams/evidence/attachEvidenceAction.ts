import { evidenceTexts } from '../../i18n/evidenceTexts';
import { authorizeOccasion } from '../../usecases/authorizeOccasion';
import { controlIndex } from '../../domain/plan/controlIndex';
import type { CardActionHandler } from '../cardActions/CardAction';
import { controlNotFoundCard, loadControl } from '../cardActions/openControlCard';

/** How long the bot waits for the file after "Bifoga underlag". */
export const UPLOAD_WAIT_MINUTES = 30;

/**
 * attachEvidence {occasionId}: the next file the person sends in the personal chat (within
 * UPLOAD_WAIT_MINUTES) is attached to this occasion. Answered with a message, so the card stays as
 * it is with anything typed into it; the same text is also posted in the chat, next to where the
 * file is sent.
 */
export const attachEvidenceAction: CardActionHandler = async ({ context, info, data, services }) => {
  const t = evidenceTexts(info.locale);
  const loaded = await loadControl(services, data.occasionId);
  if (!loaded) return { card: controlNotFoundCard(info) };
  if (!info.aadObjectId || authorizeOccasion(loaded.plan, loaded.occasion, info.aadObjectId) === 'none')
    return { message: t.notAllowedToAttach };
  if (info.kind !== 'personal') return { message: t.notInPersonalChat };
  const now = services.now();
  await services.evidence.repository.expectUpload({
    aadObjectId: info.aadObjectId,
    occasionId: loaded.occasion.id,
    createdAt: now,
    expiresAt: new Date(now.getTime() + UPLOAD_WAIT_MINUTES * 60_000),
  });
  const control = controlIndex(loaded.plan).get(loaded.occasion.controlId)?.control;
  const unit = loaded.plan.units.find((candidate) => candidate.id === loaded.occasion.unitId);
  const text = t.sendFileNow(
    control ? `${control.id} ${control.title}` : loaded.occasion.controlId,
    unit?.name ?? loaded.occasion.unitId,
    UPLOAD_WAIT_MINUTES,
    Math.floor(services.evidence.limits.maxBytes / (1024 * 1024)),
  );
  await context.sendActivity(text);
  return { message: text };
};
