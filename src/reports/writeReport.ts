import { PassThrough } from 'node:stream';
import type { Plan } from '../domain/plan/types';
import type { ReportPeriodKind } from '../domain/reporting/reportWindowOf';
import { controlOutcomes, yearWindow, type ReportPorts } from './buildFollowUpReport';
import { writeEvaluationsWorkbook } from './evaluationsWorkbook';
import type { ReportOptions } from './reportBlocks';
import { writeReportDocx } from './writeReportDocx';
import { writeReportXlsx } from './writeReportXlsx';

export type { ReportOptions, ReportOptionProblem } from './reportBlocks';
export { resolveReportOptions } from './reportBlocks';

/** The report as Excel or Word, or the year-end evaluations workbook the coordinator fills in (Excel). */
export type ReportFormat = 'xlsx' | 'docx' | 'evaluations';
export const REPORT_FORMATS: ReportFormat[] = ['xlsx', 'docx', 'evaluations'];

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const REPORT_CONTENT_TYPES: Record<ReportFormat, string> = {
  xlsx: XLSX,
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  evaluations: XLSX,
};

/** File name, e.g. "Uppfoljning-VAG-SOF-2025-2025.xlsx", "Uppfoljning-VAG-SOF-2025-2025-delar.docx" or "Utvardering-VAG-SOF-2025-2025.xlsx". */
export function reportFileName(
  plan: Plan,
  year: number,
  format: ReportFormat,
  period: ReportPeriodKind = 'year',
): string {
  const id = plan.id.replace(/[^A-Za-z0-9_-]/g, '_');
  if (format === 'evaluations') return `Utvardering-${id}-${year}.xlsx`;
  return `Uppfoljning-${id}-${year}${period === 'interim' ? '-delar' : ''}.${format}`;
}

/** The evaluations workbook of a plan's year: each control's outcome and what was written so far. */
export async function writeEvaluations(ports: ReportPorts, plan: Plan, year: number): Promise<Buffer> {
  const [outcomes, written, verdicts, actions] = await Promise.all([
    controlOutcomes(ports, plan, yearWindow(year)),
    ports.source.evaluationsOf(plan.id, year),
    ports.verdicts.ofYear(plan.id, year),
    ports.actions.find({ planId: plan.id }),
  ]);
  return writeEvaluationsWorkbook({
    plan,
    year,
    written,
    verdicts,
    actions,
    outcomeOf: (controlId) => {
      const outcome = outcomes.get(controlId);
      return outcome ? [outcome.evaluation, outcome.comment].filter(Boolean).join(' – ') : '';
    },
  });
}

/** The whole report file in memory (for sending in Teams); the CLI streams xlsx to disk instead. */
export async function writeReport(
  ports: ReportPorts,
  plan: Plan,
  year: number,
  format: ReportFormat,
  options: ReportOptions = {},
): Promise<Buffer> {
  if (format === 'evaluations') return writeEvaluations(ports, plan, year);
  if (format === 'docx') return writeReportDocx(ports, plan, year, options);
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<void>((resolve, reject) => {
    stream.on('end', resolve);
    stream.on('error', reject);
  });
  await writeReportXlsx(ports, plan, year, stream, options);
  await ended;
  return Buffer.concat(chunks);
}
