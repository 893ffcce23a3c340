import { readFile } from 'node:fs/promises';
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

/** Reads and validates a plan file (.yaml/.yml, .json or .xlsx). */
export async function parsePlanFile(filePath: string): Promise<ParsePlanResult> {
  const fileName = path.basename(filePath);
  const format = planFileFormat(filePath);
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
  const content = await readFile(filePath);
  return format === 'xlsx'
    ? parsePlanWorkbook(content, fileName)
    : parsePlanText(content.toString('utf8').replace(/^\uFEFF/, ''), format, fileName);
}
