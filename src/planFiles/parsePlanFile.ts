import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { parsePlanContent, planFileFormat, tooLarge } from './parsePlanContent';
import { planFileLimits } from './planFileLimits';
import type { ParsePlanResult } from './planFileIssue';

/** Reads and validates a plan file (.yaml/.yml, .json or .xlsx). */
export async function parsePlanFile(filePath: string): Promise<ParsePlanResult> {
  const fileName = path.basename(filePath);
  // An unsupported extension is refused by parsePlanContent before anything is read.
  if (planFileFormat(fileName)) {
    const { size } = await stat(filePath);
    if (size > planFileLimits.fileBytes) return tooLarge(fileName, size);
  }
  const content = planFileFormat(fileName) ? await readFile(filePath) : Buffer.alloc(0);
  return parsePlanContent(content, fileName);
}
