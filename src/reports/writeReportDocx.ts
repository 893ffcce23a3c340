import type { Plan } from '../domain/plan/types';
import type { ReportPorts } from './buildFollowUpReport';
import { renderReportDocx } from './renderReportDocx';
import { reportBlocks, type ReportOptions } from './reportBlocks';

/** The report as a Word document in the plan's layout. */
export async function writeReportDocx(
  ports: ReportPorts,
  plan: Plan,
  year: number,
  options: ReportOptions = {},
): Promise<Buffer> {
  return renderReportDocx(reportBlocks(ports, plan, year, options));
}
