import type { TurnContext } from 'botbuilder';
import type { ActionIssue } from '../../domain/actions/ActionIssue';
import type { Action } from '../../domain/actions/types';
import type { Plan } from '../../domain/plan/types';
import { actionTexts } from '../../i18n/actionTexts';
import type { ActionRole } from '../../usecases/actions/actionRoleOf';
import type { AdaptiveCardJson } from '../../cards/AdaptiveCardJson';
import type { BotServices } from '../BotServices';
import type { TurnInfo } from '../turnInfo';
import { actionNotAllowedCard, actionNotFoundCard, openActionCard } from './openActionCard';

type Loaded = { plan: Plan; action: Action; role: ActionRole };

/** The outcomes of an action card's change that store nothing (shared by the owner's and a manager's form). */
export type ActionRefusal =
  | { kind: 'notFound' }
  | ({ kind: 'notAllowed' | 'stale' } & Loaded)
  | ({ kind: 'invalid'; issues: ActionIssue[] } & Loaded);

/**
 * The card answering a refused change: not found, not allowed, invalid (the problems listed) or
 * stale (someone changed the action meanwhile). What the person entered stays on the card.
 */
export async function actionRefusalCard(
  context: TurnContext,
  info: TurnInfo,
  services: BotServices,
  outcome: ActionRefusal,
  entered: Record<string, string>,
): Promise<AdaptiveCardJson> {
  const t = actionTexts(info.locale);
  switch (outcome.kind) {
    case 'notFound':
      return actionNotFoundCard(info);
    case 'notAllowed':
      return outcome.role === 'none'
        ? actionNotAllowedCard(info)
        : openActionCard(context, info, services, outcome, { notice: t.notAllowed });
    case 'invalid':
      return openActionCard(context, info, services, outcome, { entered, issues: outcome.issues });
    case 'stale':
      return openActionCard(context, info, services, outcome, { entered, notice: t.stale });
  }
}
