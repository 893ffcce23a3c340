import type { HandlingCode, Locale, Plan, RiskArea } from '../domain/plan/types';
import type { CardStrings } from '../i18n/cards';
import type { FactView } from './ControlHeader';

export interface PlanSummaryRiskArea extends Pick<RiskArea, 'title' | 'probability' | 'consequence'> {
  /** From handlingOf(plan, area); null for an unscored area or a value no band covers. */
  handling: HandlingCode | null;
}

/**
 * A plan's summary (cards/planSummary.json), after an import or for "plan". With pendingImportId,
 * verbs confirmImport {importId} and cancelImport {importId}.
 */
export interface PlanSummaryData {
  locale: Locale;
  plan: Pick<Plan, 'id' | 'title' | 'organisation' | 'year' | 'status' | 'board'>;
  riskAreas: readonly PlanSummaryRiskArea[];
  controlPointCount: number;
  /** Occasions due per month of the plan year, January first: 12 numbers. */
  occasionsPerMonth: readonly number[];
  /** Import or plan warnings, already in the user's language. At most 15 are listed. */
  warnings: readonly string[];
  pendingImportId?: string;
}

export interface PlanSummaryView {
  t: CardStrings;
  title: string;
  facts: FactView[];
  riskRows: Array<{ title: string; risk: string; handling: string }>;
  hasRiskAreas: boolean;
  controlPointText: string;
  occasionsTitle: string;
  /** Two months per row: January–June on the left, July–December on the right. */
  monthRows: Array<{ leftMonth: string; leftCount: string; rightMonth: string; rightCount: string }>;
  warnings: Array<{ text: string }>;
  hasWarnings: boolean;
  warningsMoreText: string;
  hasWarningsMore: boolean;
  hasPendingImport: boolean;
  pendingImportId: string;
}
