import type { Plan } from '../../domain/plan/types';
import {
  REPORT_CONTENT_TYPES,
  reportFileName,
  writeReport,
  type ReportFormat,
  type ReportOptions,
} from '../../reports/writeReport';
import type { BotServices } from '../BotServices';
import { reportPortsOf } from './reportPortsOf';

export interface ReportFile {
  fileName: string;
  contentType: string;
  content: Buffer;
}

/** The year's follow-up report of one plan, generated now from the stored results. */
export async function followUpReportFile(
  services: BotServices,
  plan: Plan,
  year: number,
  format: ReportFormat,
  options: ReportOptions = {},
): Promise<ReportFile> {
  const content = await writeReport(
    // With the evidence files (underlag) and links to them.
    reportPortsOf(services),
    plan,
    year,
    format,
    options,
  );
  return {
    fileName: reportFileName(plan, year, format, options.period),
    contentType: REPORT_CONTENT_TYPES[format],
    content,
  };
}

/** "word", "docx" → docx; "excel", "xlsx" or nothing → xlsx; "utvärdering" → the evaluations workbook; anything else undefined. */
export function reportFormatOf(text: string | undefined): ReportFormat | undefined {
  const word = (text ?? '').toLowerCase();
  if (word === '' || word === 'xlsx' || word === 'excel') return 'xlsx';
  if (word === 'docx' || word === 'word') return 'docx';
  if (['utvärdering', 'utvardering', 'evaluation', 'evaluations'].includes(word)) return 'evaluations';
  return undefined;
}
