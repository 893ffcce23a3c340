import type { AdaptiveCardJson } from './AdaptiveCardJson';
import type { AwayCardData } from './AwayCardData';
import { renderAwayCard } from './renderAwayCard';
import type { CardName } from './cardNames';
import type { ControlCardData } from './ControlCardData';
import type { ControlReadOnlyData } from './ControlReadOnlyData';
import type { ControlSummaryData } from './ControlSummaryData';
import type { ErrorCardData } from './ErrorCardData';
import type { MyControlsData } from './MyControlsData';
import type { PlanSummaryData } from './PlanSummaryData';
import { renderControlCard } from './renderControlCard';
import { renderControlReadOnly } from './renderControlReadOnly';
import { renderControlSummary } from './renderControlSummary';
import { renderErrorCard } from './renderErrorCard';
import { renderMyControls } from './renderMyControls';
import { renderPlanSummary } from './renderPlanSummary';
import { renderWelcome } from './renderWelcome';
import type { WelcomeData } from './WelcomeData';

export interface CardDataByName {
  controlCard: ControlCardData;
  controlSummary: ControlSummaryData;
  controlReadOnly: ControlReadOnlyData;
  myControls: MyControlsData;
  welcome: WelcomeData;
  planSummary: PlanSummaryData;
  errorCard: ErrorCardData;
  awayCard: AwayCardData;
}

const RENDERERS: { [Name in CardName]: (data: CardDataByName[Name]) => AdaptiveCardJson } = {
  controlCard: renderControlCard,
  controlSummary: renderControlSummary,
  controlReadOnly: renderControlReadOnly,
  myControls: renderMyControls,
  welcome: renderWelcome,
  planSummary: renderPlanSummary,
  errorCard: renderErrorCard,
  awayCard: renderAwayCard,
};

/** Renders any card by template name; the language is the data's `locale`. */
export function renderCard<Name extends CardName>(name: Name, data: CardDataByName[Name]): AdaptiveCardJson {
  const render = RENDERERS[name] as (data: CardDataByName[Name]) => AdaptiveCardJson;
  return render(data);
}
