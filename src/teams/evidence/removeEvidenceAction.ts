import { evidenceTexts } from '../../i18n/evidenceTexts';
import { authorizeOccasion } from '../../usecases/authorizeOccasion';
import { removeEvidence } from '../../usecases/evidence/removeEvidence';
import type { CardActionHandler } from '../cardActions/CardAction';
import { controlNotFoundCard, loadControl, openControlCard } from '../cardActions/openControlCard';

/**
 * removeEvidence {occasionId, fileId}: takes a file off the occasion (performer, substitute or
 * responsible only; audited, the bytes stay) and answers with the card as it is now.
 */
export const removeEvidenceAction: CardActionHandler = async ({ context, info, data, services }) => {
  const t = evidenceTexts(info.locale);
  const loaded = await loadControl(services, data.occasionId);
  if (!loaded) return { card: controlNotFoundCard(info) };
  if (!info.aadObjectId || authorizeOccasion(loaded.plan, loaded.occasion, info.aadObjectId) === 'none')
    return { message: t.notAllowedToAttach };
  const fileId = typeof data.fileId === 'string' ? data.fileId : '';
  const file = fileId ? await services.evidence.repository.findById(fileId) : null;
  const removed =
    file !== null &&
    (await removeEvidence(
      { repository: services.evidence.repository, audit: services.audit },
      {
        occasionId: loaded.occasion.id,
        fileId,
        by: { aadObjectId: info.aadObjectId, name: info.userName ?? info.aadObjectId },
        now: services.now(),
      },
    ));
  const { card } = await openControlCard(context, info, services, loaded, {
    notice: removed && file ? t.removed(file.fileName) : undefined,
  });
  return { card };
};
