import type { AdaptiveCardJson } from '../../cards/AdaptiveCardJson';
import { renderMyControls } from '../../cards/renderMyControls';
import { controlIndex } from '../../domain/plan/controlIndex';
import { localDateOf } from '../../domain/schedule/localDateOf';
import { myControls } from '../../usecases/myControls';
import type { BotServices } from '../BotServices';
import type { TurnInfo } from '../turnInfo';

/** The person's "mina kontroller" list as it is now: for the command, and kept in place when a control is opened from it. */
export async function myControlsCard(services: BotServices, info: TurnInfo): Promise<AdaptiveCardJson> {
  const now = services.now();
  const controls = info.aadObjectId
    ? await myControls(services, info.aadObjectId, now, services.config.timeZone)
    : [];
  return renderMyControls({
    locale: info.locale,
    today: localDateOf(now, services.config.timeZone),
    occasions: controls.map(({ plan, occasion }, index) => ({
      occasionId: occasion.id,
      title: `${index + 1}. ${controlIndex(plan).get(occasion.controlId)?.control.title ?? occasion.controlId}`,
      unitName: plan.units.find((unit) => unit.id === occasion.unitId)?.name ?? occasion.unitId,
      period: { key: occasion.period.key },
      dueDate: occasion.dueDate,
    })),
  });
}
