import { renderControlCard } from '../../cards/renderControlCard';
import { controlIndex } from '../../domain/plan/controlIndex';
import { attestationTexts } from '../../i18n/attestationTexts';
import { controlCardDataFor } from '../../usecases/controlCardDataFor';
import { decideAttestation } from '../../usecases/attestation/decideAttestation';
import type { CardActionHandler, CardActionInput } from '../cardActions/CardAction';
import { controlNotFoundCard, loadControl, openControlCard } from '../cardActions/openControlCard';

/**
 * attestResult / returnResult {occasionId, version} + attestComment: the responsible's decision on a
 * stored result. A returned result goes back to the performer in their personal chat, as the
 * control card filled in with their entries and the comment on top.
 */
const decide =
  (decision: 'attested' | 'returned'): CardActionHandler =>
  async (input) => {
    const { context, info, data, services } = input;
    const t = attestationTexts(info.locale);
    const outcome = await decideAttestation(services, {
      occasionId: typeof data.occasionId === 'string' ? data.occasionId : '',
      version: data.version,
      decision,
      comment: data.attestComment,
      actor: { aadObjectId: info.aadObjectId ?? '', name: info.userName ?? info.aadObjectId ?? '' },
      now: services.now(),
    });
    if (outcome.kind === 'notFound') return { card: controlNotFoundCard(info) };
    const loaded = await loadControl(services, outcome.occasion.id);
    if (!loaded) return { card: controlNotFoundCard(info) };
    if (outcome.kind === 'decided' && decision === 'returned')
      await remindPerformer(input, outcome.attestation.comment ?? '');
    const notice =
      outcome.kind === 'decided'
        ? undefined
        : outcome.kind === 'commentMissing'
          ? t.commentMissing
          : outcome.kind === 'commentInvalid'
            ? t.commentInvalid
            : outcome.kind === 'stale'
              ? t.stale
              : outcome.kind === 'alreadyDecided'
                ? t.alreadyDecided
                : t.notAllowed;
    const { card } = await openControlCard(context, info, services, loaded, { notice });
    return { card };
  };

export const attestResultAction = decide('attested');
export const returnResultAction = decide('returned');

/** The performer who submitted gets the card back filled in, with the manager's comment. */
async function remindPerformer({ info, data, services }: CardActionInput, comment: string): Promise<void> {
  const loaded = await loadControl(services, data.occasionId);
  const stored = loaded?.occasion.result;
  if (!loaded || !stored) return;
  const performer = loaded.plan.people.find(
    (person) => person.aadObjectId?.toLowerCase() === stored.submittedBy.aadObjectId.toLowerCase(),
  );
  const locale = performer?.locale ?? 'sv';
  const state = controlCardDataFor(
    loaded.plan,
    loaded.occasion,
    { aadObjectId: stored.submittedBy.aadObjectId, locale },
    services.now(),
    { amend: true, timeZone: services.config.timeZone },
  );
  const control = controlIndex(loaded.plan).get(loaded.occasion.controlId)?.control;
  const unit = loaded.plan.units.find((candidate) => candidate.id === loaded.occasion.unitId);
  const text = attestationTexts(locale).returnedToPerformer(
    info.userName ?? '',
    control?.title ?? loaded.occasion.controlId,
    unit?.name ?? loaded.occasion.unitId,
    loaded.occasion.period.key,
    comment,
  );
  const outcome = await services.messenger.sendToPerson(
    {
      aadObjectId: stored.submittedBy.aadObjectId,
      tenantId: info.tenantId ?? '',
      name: stored.submittedBy.name,
    },
    { text, ...(state.card === 'control' ? { card: renderControlCard(state.data) } : {}) },
  );
  if (!outcome.ok)
    services.logger.warn(
      { occasionId: loaded.occasion.id, reason: outcome.reason },
      'Could not tell the performer that their result was returned; they see it when they open the control.',
    );
}
