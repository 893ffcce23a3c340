import type { AdaptiveCardJson } from '../../cards/AdaptiveCardJson';
import { renderPlanSummary } from '../../cards/renderPlanSummary';
import { handlingOf } from '../../domain/plan/handlingOf';
import type { Locale, Plan } from '../../domain/plan/types';

export interface PlanSummaryCardInput {
  plan: Plan;
  locale: Locale;
  occasionsPerMonth: readonly number[];
  warnings: ReadonlyArray<{ sv: string; en: string }>;
  /** Shows Import/Cancel buttons for this pending import. */
  pendingImportId?: string;
  /** A line under the summary, e.g. "Importerad av Sara Nilsson 2025-03-10 08:53". */
  note?: { text: string; color: 'Good' | 'Attention' | 'Default' };
}

/** The planSummary card for a plan, with the import buttons or a closing note. */
export function planSummaryCard(input: PlanSummaryCardInput): AdaptiveCardJson {
  const { plan, locale } = input;
  const card = renderPlanSummary({
    locale,
    plan,
    riskAreas: plan.riskAreas.map((area) => ({
      title: area.title,
      probability: area.probability,
      consequence: area.consequence,
      handling: handlingOf(plan, area),
    })),
    controlPointCount: plan.riskAreas.reduce((sum, area) => sum + area.controls.length, 0),
    occasionsPerMonth: input.occasionsPerMonth,
    warnings: input.warnings.map((warning) => warning[locale]),
    pendingImportId: input.pendingImportId,
  });
  if (!input.note) return card;
  // The template has no slot for the outcome of an import, so the line is appended to its body.
  const body = Array.isArray(card.body) ? card.body : [];
  return {
    ...card,
    body: [
      ...body,
      {
        type: 'TextBlock',
        text: input.note.text,
        wrap: true,
        weight: 'Bolder',
        color: input.note.color,
        spacing: 'Medium',
      },
    ],
  };
}
