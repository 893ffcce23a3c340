import path from 'node:path';
import { parsePlanText } from './parsePlanText';
import { parsePlanWorkbook } from './parsePlanWorkbook';
import type { ParsePlanResult, PlanFileFormat } from './planFileIssue';

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
  if (format === 'xlsx') return parsePlanWorkbook(content, fileName);
  return parsePlanText(content.toString('utf8').replace(/^\uFEFF/, ''), format, fileName);
}
