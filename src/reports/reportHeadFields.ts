import type { Plan } from '../domain/plan/types';
import type { ReportWindow } from '../domain/reporting/reportWindowOf';
import type { HeadField } from './FollowUpReport';

/**
 * The report's header lines, as the sources head their reports: the board and administration, the
 * decision metadata (diarienummer, date and §), who it is reported to, the report date, who prepared
 * it, and the period. Lines the plan does not give are left out.
 */
export function reportHeadFields(plan: Plan, window: ReportWindow): HeadField[] {
  const report = plan.report ?? {};
  const decision = [report.decisionDate, report.decisionParagraph].filter(Boolean).join(' ');
  const period =
    window.kind === 'interim'
      ? `Delår ${window.from} – ${window.cutOff}`
      : `Helår ${window.from} – ${window.year}-12-31`;
  const fields: Array<[string, string | undefined]> = [
    ['Nämnd', plan.board],
    ['Förvaltning', plan.organisation],
    ['Diarienummer', report.diarienummer],
    ['Beslut', decision || undefined],
    ['Rapporteras till', report.reportTo],
    ['Rapportdatum', report.reportDate],
    ['Upprättad av', report.preparedBy],
    ['Period', period],
  ];
  return fields
    .filter((field): field is [string, string] => Boolean(field[1]))
    .map(([label, value]) => ({ label, value }));
}
