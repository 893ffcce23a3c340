import path from 'node:path';
import { parsePlanText } from './parsePlanText';
import { parsePlanWorkbook } from './parsePlanWorkbook';
import type { ParsePlanResult, PlanFileFormat } from './planFileIssue';
import { megabytes, planFileLimits } from './planFileLimits';
import { planFileRefusal } from './planFileRefusal';

const formatOfExtension: Record<string, PlanFileFormat> = {
  '.yaml': 'yaml',
  '.yml': 'yaml',
  '.json': 'json',
  '.xlsx': 'xlsx',
};

/** The format a file name implies, or undefined for an unsupported extension. */
export function planFileFormat(fileName: string): PlanFileFormat | undefined {
  return formatOfExtension[path.extname(fileName).toLowerCase()];
}

/** Validates a plan file's bytes (from disk or a Teams upload) by its file name's extension. */
export async function parsePlanContent(content: Buffer, fileName: string): Promise<ParsePlanResult> {
  const format = planFileFormat(fileName);
  if (!format) {
    return {
      ok: false,
      errors: [
        {
          file: fileName,
          path: '',
          sv: 'Okänd filtyp. Planen ska vara .yaml, .yml, .json eller .xlsx.',
          en: 'Unknown file type. The plan must be .yaml, .yml, .json or .xlsx.',
        },
      ],
      warnings: [],
    };
  }
  if (content.length > planFileLimits.fileBytes) return tooLarge(fileName, content.length);
  if (format === 'xlsx') return parsePlanWorkbook(content, fileName);
  return parsePlanText(content.toString('utf8').replace(/^\uFEFF/, ''), format, fileName);
}

/** The refusal of a file over planFileLimits.fileBytes. */
export function tooLarge(fileName: string, bytes: number): ParsePlanResult & { ok: false } {
  const limit = megabytes(planFileLimits.fileBytes);
  return planFileRefusal(
    fileName,
    `Filen är ${megabytes(bytes)} MB; en plan får vara högst ${limit} MB (en plan med 250 enheter är omkring 0,1 MB). Kontrollera att det är rätt fil.`,
    `The file is ${megabytes(bytes)} MB; a plan may be at most ${limit} MB (a plan with 250 units is about 0.1 MB). Check that it is the right file.`,
  );
}
