import type { Writable } from 'node:stream';
import type { Plan } from '../domain/plan/types';
import type { ReportPorts } from './buildFollowUpReport';
import { renderReportXlsx } from './renderReportXlsx';
import { reportBlocks, type ReportOptions } from './reportBlocks';

/** The report as xlsx in the plan's layout, written to `stream` and ended (the command line's is a file). */
export async function writeReportXlsx(
  ports: ReportPorts,
  plan: Plan,
  year: number,
  stream: Writable,
  options: ReportOptions = {},
): Promise<void> {
  await renderReportXlsx(reportBlocks(ports, plan, year, options), stream);
}
