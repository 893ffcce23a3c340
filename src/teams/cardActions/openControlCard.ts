import type { TurnContext } from 'botbuilder';
import type { AdaptiveCardJson } from '../../cards/AdaptiveCardJson';
import { renderControlCard } from '../../cards/renderControlCard';
import { renderControlReadOnly } from '../../cards/renderControlReadOnly';
import { renderControlSummary } from '../../cards/renderControlSummary';
import { renderErrorCard } from '../../cards/renderErrorCard';
import type { Plan } from '../../domain/plan/types';
import { personalKey } from '../../domain/ports/ConversationRepository';
import type { OccasionRecord } from '../../domain/ports/OccasionRepository';
import { messagesFor } from '../../i18n/messages';
import {
  authorizeOccasion,
  occasionParticipants,
  participantAadObjectIds,
} from '../../usecases/authorizeOccasion';
import { evidenceLinks } from '../../usecases/evidence/evidenceLinks';
import { withEvidence } from '../evidence/withEvidence';
import { withSampling } from '../sampling/withSampling';
import { withAttestation } from '../attestation/withAttestation';
import { answersPerRole, performerRolesOf } from '../../domain/plan/performerRolesOf';
import { performerTexts } from '../../i18n/performerTexts';
import { formatDateTime } from '../../cards/formatDateTime';
import { controlIndex } from '../../domain/plan/controlIndex';
import {
  controlCardDataFor,
  type ControlCardOptions,
  type ControlCardState,
} from '../../usecases/controlCardDataFor';
import { withOpenActions } from '../actions/withOpenActions';
import type { BotServices } from '../BotServices';
import type { TurnInfo } from '../turnInfo';

export interface LoadedControl {
  plan: Plan;
  occasion: OccasionRecord;
}

/** The stored occasion and its plan, or undefined when either is gone (the card is older than the plan). */
export async function loadControl(
  services: BotServices,
  occasionId: unknown,
): Promise<LoadedControl | undefined> {
  if (typeof occasionId !== 'string' || occasionId === '' || occasionId.length > 500) return undefined;
  const occasion = await services.occasions.findById(occasionId);
  if (!occasion) return undefined;
  const stored = await services.plans.findById(occasion.planId);
  if (
    !stored ||
    !stored.plan.riskAreas.some((area) => area.controls.some((c) => c.id === occasion.controlId))
  ) {
    return undefined;
  }
  return { plan: stored.plan, occasion };
}

export interface OpenControlOptions extends Omit<ControlCardOptions, 'timeZone' | 'refreshUserIds'> {
  /** A line shown at the top of the card (a conflict, a refusal), in the viewer's language. */
  notice?: string;
}

/**
 * The card for an occasion as the person in this turn should see it now (editable, summary or
 * read-only), with refresh.userIds set to everyone who may act on it, so that an old copy of the
 * card turns into the current state when any of them opens it.
 */
export async function openControlCard(
  context: TurnContext,
  info: TurnInfo,
  services: BotServices,
  loaded: LoadedControl,
  options: OpenControlOptions = {},
): Promise<{ card: AdaptiveCardJson; state: ControlCardState }> {
  const { notice, ...cardOptions } = options;
  const refreshUserIds = await refreshUserIdsFor(context, services, loaded);
  const state = controlCardDataFor(
    loaded.plan,
    loaded.occasion,
    { aadObjectId: info.aadObjectId, locale: info.locale },
    services.now(),
    { ...cardOptions, timeZone: services.config.timeZone, refreshUserIds },
  );
  const card =
    state.card === 'control'
      ? renderControlCard(state.data)
      : state.card === 'summary'
        ? renderControlSummary(state.data)
        : renderControlReadOnly(state.data);
  const actions = await services.actions.forOccasion(loaded.occasion.id);
  const withActions = withOpenActions(sampled(card, state, loaded, info), actions, info.locale);
  const withAttest = await withAttestationOf(withActions, state, info, services, loaded);
  const withParts = await withPerformersOf(withAttest, info, services, loaded);
  const withFiles = await withEvidenceOf(withParts, info, services, loaded);
  return { card: notice ? withNotice(withFiles, notice) : withFiles, state };
}

/** A stored result of a control that requires attestation: its attestation state, and for the responsible the buttons. */
async function withAttestationOf(
  card: AdaptiveCardJson,
  state: ControlCardState,
  info: TurnInfo,
  services: BotServices,
  loaded: LoadedControl,
): Promise<AdaptiveCardJson> {
  const control = controlIndex(loaded.plan).get(loaded.occasion.controlId)?.control;
  const stored = loaded.occasion.result;
  if (!control?.attestation || !stored || state.card === 'control') return card;
  const [decision] = await services.attestations.decisionsFor([
    { occasionId: loaded.occasion.id, resultVersion: stored.version },
  ]);
  return withAttestation(card, {
    occasionId: loaded.occasion.id,
    version: stored.version,
    decision,
    mayDecide: authorizeOccasion(loaded.plan, loaded.occasion, info.aadObjectId) === 'responsible',
    locale: info.locale,
    timeZone: services.config.timeZone,
  });
}

/** A control with several performer roles: who they are, and for `answer: each` who has answered. */
async function withPerformersOf(
  card: AdaptiveCardJson,
  info: TurnInfo,
  services: BotServices,
  loaded: LoadedControl,
): Promise<AdaptiveCardJson> {
  const control = controlIndex(loaded.plan).get(loaded.occasion.controlId)?.control;
  if (!control || performerRolesOf(control).length < 2) return card;
  const each = answersPerRole(control);
  const parts = each ? await services.parts.partsOf([loaded.occasion.id]) : [];
  const t = performerTexts(info.locale);
  const { performers } = occasionParticipants(loaded.plan, loaded.occasion);
  const lines = performerRolesOf(control).map((roleId) => {
    const role = loaded.plan.roles.find((candidate) => candidate.id === roleId);
    const roleName = (info.locale === 'en' ? role?.nameEn : undefined) ?? role?.name ?? roleId;
    const part = parts.find((candidate) => candidate.roleId === roleId);
    const people = performers
      .filter((p) => p.roleId === roleId)
      .map((p) => p.person.name)
      .join(', ');
    if (part) return t.answered(roleName, part.by.name, formatDateTime(part.at, services.config.timeZone));
    if (!each) return `${roleName}: ${people || '–'}`;
    return t.missing(roleName, people || '–');
  });
  const section = {
    type: 'Container',
    id: 'performers',
    separator: true,
    items: [
      { type: 'TextBlock', text: t.heading(each ? 'each' : 'any'), weight: 'Bolder', wrap: true },
      ...lines.map((text) => ({ type: 'TextBlock', text, wrap: true, spacing: 'None' })),
    ],
  };
  const body = Array.isArray(card.body) ? card.body : [];
  return { ...card, body: [...body, section] };
}

/** A sampled control's card with the sample inputs (editable) or the stored sample (summary, read-only). */
function sampled(
  card: AdaptiveCardJson,
  state: ControlCardState,
  loaded: LoadedControl,
  info: TurnInfo,
): AdaptiveCardJson {
  const rule = controlIndex(loaded.plan).get(loaded.occasion.controlId)?.control.samplingRule;
  if (!rule) return card;
  if (state.card === 'control') {
    if (state.data.mode === 'notApplicable') return card;
    return withSampling(card, {
      rule,
      locale: info.locale,
      editable: true,
      entered: state.data.entered,
      errors: state.data.errors,
    });
  }
  return withSampling(card, {
    rule,
    locale: info.locale,
    editable: false,
    result: loaded.occasion.result?.result,
  });
}

/** The card with the occasion's evidence files (fresh expiring links) and, for participants, the attach button. */
async function withEvidenceOf(
  card: AdaptiveCardJson,
  info: TurnInfo,
  services: BotServices,
  loaded: LoadedControl,
): Promise<AdaptiveCardJson> {
  const files = await services.evidence.repository.listFor([loaded.occasion.id]);
  const links = await evidenceLinks(services.evidence, files, services.now());
  return withEvidence(card, {
    occasionId: loaded.occasion.id,
    links,
    locale: info.locale,
    timeZone: services.config.timeZone,
    mayAttach:
      !loaded.occasion.retired &&
      authorizeOccasion(loaded.plan, loaded.occasion, info.aadObjectId) !== 'none',
  });
}

/** The error card for an occasion that no longer exists. */
export function controlNotFoundCard(info: TurnInfo): AdaptiveCardJson {
  const texts = messagesFor(info.locale).controls;
  return renderErrorCard({ locale: info.locale, message: texts.notFound, nextStep: texts.notFoundNextStep });
}

/**
 * Teams user ids for the refresh section. The person in this turn is known by from.id; the others
 * by the user id in their stored 1:1 conversation, or else by their Entra ID MRI (8:orgid:<id>).
 */
async function refreshUserIdsFor(
  context: TurnContext,
  services: BotServices,
  loaded: LoadedControl,
): Promise<string[]> {
  const self = context.activity.from;
  const participants = participantAadObjectIds(occasionParticipants(loaded.plan, loaded.occasion));
  const isSelf = (aadObjectId: string) =>
    Boolean(self?.id) && self?.aadObjectId?.toLowerCase() === aadObjectId.toLowerCase();
  // The others' stored 1:1 conversations, read in one query.
  const others = participants.filter((aadObjectId) => !isSelf(aadObjectId)).map(personalKey);
  const stored = new Map<string, string | undefined>();
  if (others.length > 0) {
    const conversations = services.conversations.findByKeys
      ? await services.conversations.findByKeys(others)
      : await Promise.all(others.map((key) => services.conversations.findByKey(key)));
    for (const conversation of conversations) {
      if (!conversation) continue;
      const user = (conversation.reference as { user?: { id?: string } } | undefined)?.user;
      stored.set(conversation.key, user?.id);
    }
  }
  return participants.map((aadObjectId) =>
    isSelf(aadObjectId)
      ? (self?.id ?? '')
      : (stored.get(personalKey(aadObjectId)) ?? `8:orgid:${aadObjectId}`),
  );
}

/** The card with a notice block at the top of its body. */
function withNotice(card: AdaptiveCardJson, text: string): AdaptiveCardJson {
  const body = Array.isArray(card.body) ? card.body : [];
  const notice = {
    type: 'Container',
    style: 'warning',
    items: [{ type: 'TextBlock', text, wrap: true, weight: 'Bolder' }],
  };
  return { ...card, body: [notice, ...body] };
}
