import { PassThrough } from 'node:stream';
import type { Plan } from '../domain/plan/types';
import type { ReportPorts } from './buildFollowUpReport';
import { writeReportDocx } from './writeReportDocx';
import { writeReportXlsx } from './writeReportXlsx';

export type ReportFormat = 'xlsx' | 'docx';

export const REPORT_CONTENT_TYPES: Record<ReportFormat, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

/** File name of a plan's follow-up report, e.g. "Uppfoljning-VAG-SOF-2025-2025.xlsx". */
export function reportFileName(plan: Plan, year: number, format: ReportFormat): string {
  return `Uppfoljning-${plan.id.replace(/[^A-Za-z0-9_-]/g, '_')}-${year}.${format}`;
}

/** The whole report file in memory (for sending in Teams); the CLI streams xlsx to disk instead. */
export async function writeReport(
  ports: ReportPorts,
  plan: Plan,
  year: number,
  format: ReportFormat,
): Promise<Buffer> {
  if (format === 'docx') return writeReportDocx(ports, plan, year);
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
