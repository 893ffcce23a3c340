import { handlingOf } from '../domain/plan/handlingOf';
import { riskValue } from '../domain/plan/riskValue';
import type { Plan } from '../domain/plan/types';
import { reportLayoutIds } from '../reports/layouts/reportLayouts';
import type { RawIssue } from './planFileIssue';

/**
 * The report settings and the handling thresholds: an unknown layout or a delår cut-off outside the
 * plan's year is an error; an area below the plan's threshold (handling none or monitor), or one
 * that calls for a decided action (16 under Vaggeryd's matrix), is a warning, since next year's
 * draft carries areas as they are and the coordinator re-scores them.
 */
export function checkPlanReport(plan: Plan): { errors: RawIssue[]; warnings: RawIssue[] } {
  const errors: RawIssue[] = [];
  const warnings: RawIssue[] = [];
  const layout = plan.report?.layout;
  if (layout !== undefined && !reportLayoutIds.includes(layout)) {
    errors.push({
      path: ['report', 'layout'],
      sv: `Okänd rapportlayout "${layout}". Tillåtna: ${reportLayoutIds.join(', ')}.`,
      en: `Unknown report layout "${layout}". Allowed: ${reportLayoutIds.join(', ')}.`,
    });
  }
  const cutOff = plan.report?.interimCutOff;
  if (cutOff !== undefined && !cutOff.startsWith(`${plan.year}-`)) {
    errors.push({
      path: ['report', 'interimCutOff'],
      sv: `Delårets brytdatum ${cutOff} ligger utanför planens år ${plan.year}. Skriv ett datum i ${plan.year}, t.ex. ${plan.year}-08-31.`,
      en: `The interim cut-off ${cutOff} is outside the plan's year ${plan.year}. Write a date in ${plan.year}, e.g. ${plan.year}-08-31.`,
    });
  }
  plan.riskAreas.forEach((area, a) => {
    const value = riskValue(area);
    if (value === null) return;
    const handling = handlingOf(plan, area);
    if (handling === 'none' || handling === 'monitor') {
      warnings.push({
        path: ['riskAreas', a],
        sv: `Riskområdet "${area.id}" har riskvärde ${value}, under planens gräns för internkontrollplan. Behåll det bara om nämnden beslutat det (t.ex. kvarstår), annars bevaka det utanför planen.`,
        en: `Risk area "${area.id}" has risk value ${value}, below the plan's threshold for the control plan. Keep it only if the committee decided so (e.g. it remains); otherwise monitor it outside the plan.`,
      });
    }
    // An area that calls for a decided action (Beslut om åtgärd) and states none; plan next carries
    // the open actions, so a carried area with one is not flagged.
    if (handling === 'controlPlanAndAction' && (area.actions ?? []).length === 0) {
      warnings.push({
        path: ['riskAreas', a],
        sv: `Riskområdet "${area.id}" har riskvärde ${value}: internkontrollplan samt åtgärd. Besluta en åtgärd för risken (Beslut om åtgärd).`,
        en: `Risk area "${area.id}" has risk value ${value}: control plan plus action. Decide an action for the risk (Beslut om åtgärd).`,
      });
    }
  });
  return { errors, warnings };
}
