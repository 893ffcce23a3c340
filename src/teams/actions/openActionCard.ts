import type { TurnContext } from 'botbuilder';
import type { AdaptiveCardJson } from '../../cards/AdaptiveCardJson';
import { renderActionCard } from '../../cards/actions/renderActionCard';
import { renderErrorCard } from '../../cards/renderErrorCard';
import type { ActionIssue } from '../../domain/actions/ActionIssue';
import type { Action } from '../../domain/actions/types';
import { controlIndex } from '../../domain/plan/controlIndex';
import type { Plan } from '../../domain/plan/types';
import { personalKey } from '../../domain/ports/ConversationRepository';
import { localDateOf } from '../../domain/schedule/localDateOf';
import { actionTexts } from '../../i18n/actionTexts';
import { actionAudience, type ActionRole } from '../../usecases/actions/actionRoleOf';
import type { BotServices } from '../BotServices';
import type { TurnInfo } from '../turnInfo';

export interface ActionCardOptions {
  entered?: Record<string, string>;
  issues?: readonly ActionIssue[];
  notice?: string;
}

/**
 * The action card as this person should see it now: the owner's form, the managers' form, or the
 * card without forms; refresh.userIds lists owner, reporting owner and the unit's responsible
 * managers, so an old copy turns into the current state when any of them opens it.
 */
export async function openActionCard(
  context: TurnContext,
  info: TurnInfo,
  services: BotServices,
  loaded: { plan: Plan; action: Action; role: ActionRole },
  options: ActionCardOptions = {},
): Promise<AdaptiveCardJson> {
  const { plan, action, role } = loaded;
  if (role === 'none') return actionNotAllowedCard(info);
  const area = plan.riskAreas.find((candidate) => candidate.id === action.riskAreaId);
  return renderActionCard({
    locale: info.locale,
    today: localDateOf(services.now(), services.config.timeZone),
    action,
    riskAreaTitle: area?.title ?? action.riskAreaId,
    unitName: plan.units.find((unit) => unit.id === action.unitId)?.name ?? action.unitId,
    ...(action.controlId && {
      controlTitle: controlIndex(plan).get(action.controlId)?.control.title ?? action.controlId,
    }),
    canUpdate: role === 'owner' || role === 'admin',
    canManage: role === 'manager' || role === 'admin',
    people: plan.people.map((person) => ({ id: person.id, name: person.name })),
    ...options,
    refreshUserIds: await refreshUserIds(context, services, actionAudience(plan, action)),
  });
}

export function actionNotFoundCard(info: TurnInfo): AdaptiveCardJson {
  return renderErrorCard({ locale: info.locale, message: actionTexts(info.locale).notFound });
}

export function actionNotAllowedCard(info: TurnInfo): AdaptiveCardJson {
  return renderErrorCard({ locale: info.locale, message: actionTexts(info.locale).notAllowed });
}

/** Teams user ids: from.id for the person in this turn, else the stored 1:1 user id or the Entra MRI. */
async function refreshUserIds(
  context: TurnContext,
  services: BotServices,
  aadObjectIds: string[],
): Promise<string[]> {
  const ids: string[] = [];
  const self = context.activity.from;
  for (const aadObjectId of aadObjectIds) {
    if (self?.aadObjectId?.toLowerCase() === aadObjectId.toLowerCase() && self.id) {
      ids.push(self.id);
      continue;
    }
    const stored = await services.conversations.findByKey(personalKey(aadObjectId));
    const user = (stored?.reference as { user?: { id?: string } } | undefined)?.user;
    ids.push(user?.id ?? `8:orgid:${aadObjectId}`);
  }
  return ids;
}
