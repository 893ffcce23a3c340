import { PassThrough } from 'node:stream';
import type { Plan } from '../domain/plan/types';
import { controlOutcomes, type ReportPorts } from './buildFollowUpReport';
import { writeEvaluationsWorkbook } from './evaluationsWorkbook';
import { writeReportDocx } from './writeReportDocx';
import { writeReportXlsx } from './writeReportXlsx';

/** The report as Excel or Word, or the year-end evaluations workbook the coordinator fills in (Excel). */
export type ReportFormat = 'xlsx' | 'docx' | 'evaluations';
export const REPORT_FORMATS: ReportFormat[] = ['xlsx', 'docx', 'evaluations'];

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const REPORT_CONTENT_TYPES: Record<ReportFormat, string> = {
  xlsx: XLSX,
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  evaluations: XLSX,
};

/** File name, e.g. "Uppfoljning-VAG-SOF-2025-2025.xlsx" or "Utvardering-VAG-SOF-2025-2025.xlsx". */
export function reportFileName(plan: Plan, year: number, format: ReportFormat): string {
  const id = plan.id.replace(/[^A-Za-z0-9_-]/g, '_');
  return format === 'evaluations' ? `Utvardering-${id}-${year}.xlsx` : `Uppfoljning-${id}-${year}.${format}`;
}

/** The evaluations workbook of a plan's year: each control's outcome and what was written so far. */
export async function writeEvaluations(ports: ReportPorts, plan: Plan, year: number): Promise<Buffer> {
  const [outcomes, written] = await Promise.all([
    controlOutcomes(ports, plan, year),
    ports.source.evaluationsOf(plan.id, year),
  ]);
  return writeEvaluationsWorkbook({
    plan,
    year,
    written,
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
): Promise<Buffer> {
  if (format === 'docx') return writeReportDocx(ports, plan, year);
  if (format === 'evaluations') return writeEvaluations(ports, plan, year);
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<void>((resolve, reject) => {
    stream.on('end', resolve);
    stream.on('error', reject);
  });
  await writeReportXlsx(ports, plan, year, stream);
  await ended;
  return Buffer.concat(chunks);
}
