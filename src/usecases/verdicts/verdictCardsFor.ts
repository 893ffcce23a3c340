import { riskText } from '../../cards/riskText';
import type { VerdictCardData } from '../../cards/VerdictCardData';
import type { Locale, Plan } from '../../domain/plan/types';
import { carryOverLabel } from '../../domain/verdicts/carryOverLabel';
import { mayEvaluateArea } from '../../domain/verdicts/mayEvaluateArea';
import type { Verdict } from '../../domain/verdicts/Verdict';
import { cardStrings } from '../../i18n/cards';
import { controlOutcomes, yearWindow, type ReportPorts } from '../../reports/buildFollowUpReport';

export interface VerdictViewer {
  aadObjectId?: string;
  isAdmin: boolean;
  locale: Locale;
  timeZone: string;
}

/**
 * One card per risk area the viewer may assess (every area for an administrator, the areas a
 * responsible manager answers for otherwise), pre-filled with what the year's results say and the
 * verdict written so far. `only` narrows to one area (the card a person just saved).
 */
export async function verdictCardsFor(
  ports: ReportPorts,
  plan: Plan,
  viewer: VerdictViewer,
  only?: { riskAreaId: string; values?: VerdictCardData['values']; errors?: string[] },
): Promise<VerdictCardData[]> {
  const areas = plan.riskAreas.filter(
    (area) =>
      (only === undefined || area.id === only.riskAreaId) &&
      (viewer.isAdmin ||
        (viewer.aadObjectId !== undefined && mayEvaluateArea(plan, area.id, viewer.aadObjectId))),
  );
  if (areas.length === 0) return [];
  const [outcomes, verdicts] = await Promise.all([
    controlOutcomes(ports, plan, yearWindow(plan.year)),
    ports.verdicts.ofYear(plan.id, plan.year),
  ]);
  const verdictOf = new Map(verdicts.map((v) => [v.riskAreaId, v]));
  const t = cardStrings(viewer.locale);
  return areas.map((area) => {
    const verdict = verdictOf.get(area.id);
    return {
      locale: viewer.locale,
      timeZone: viewer.timeZone,
      planId: plan.id,
      year: plan.year,
      area: {
        id: area.id,
        title: area.title,
        carryOver: carryOverLabel(area, plan.year, viewer.locale),
        riskText: riskText(area, t),
      },
      outcomes: area.controls.map((control) => {
        const outcome = outcomes.get(control.id);
        return {
          control: control.title,
          evaluation: outcome?.evaluation ?? '',
          done: outcome?.counts.done ?? 0,
          due: outcome?.counts.due ?? 0,
        };
      }),
      values: only?.values ?? (verdict ? valuesOf(verdict) : {}),
      ...(verdict ? { saved: { name: verdict.assessedBy.name, at: new Date(verdict.assessedAt) } } : {}),
      ...(only?.errors ? { errors: only.errors } : {}),
    };
  });
}

function valuesOf(verdict: Verdict): VerdictCardData['values'] {
  return {
    disposition: verdict.disposition,
    ...(verdict.transferredTo ? { transferredTo: verdict.transferredTo } : {}),
    ...(verdict.assessment ? { assessment: verdict.assessment } : {}),
    ...(verdict.summary ? { summary: verdict.summary } : {}),
    ...(verdict.furtherActions ? { furtherActions: verdict.furtherActions } : {}),
  };
}
