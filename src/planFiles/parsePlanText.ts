import { LineCounter, parseDocument } from 'yaml';
import { locateInText } from './locateIssue';
import type { ParsePlanResult, PlanFileIssue } from './planFileIssue';
import { validatePlanData } from './validatePlanData';

/**
 * Parses a YAML or JSON plan file and validates it. Every problem is returned at once, each
 * with the file, line and field, in Swedish and English.
 */
export function parsePlanText(text: string, format: 'yaml' | 'json', fileName: string): ParsePlanResult {
  const lineCounter = new LineCounter();
  // YAML is a superset of JSON, so the YAML parser also gives line numbers for JSON files.
  const document = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  const syntaxErrors: PlanFileIssue[] = document.errors.map((error) => ({
    file: fileName,
    line: lineCounter.linePos(error.pos[0]).line,
    path: '',
    sv: `Filen går inte att läsa som ${format.toUpperCase()}: ${error.message}`,
    en: `The file cannot be read as ${format.toUpperCase()}: ${error.message}`,
  }));
  let raw: unknown;
  if (format === 'json') {
    try {
      raw = JSON.parse(text);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      if (syntaxErrors.length === 0) {
        syntaxErrors.push({
          file: fileName,
          path: '',
          sv: `Filen är inte giltig JSON: ${message}`,
          en: `The file is not valid JSON: ${message}`,
        });
      }
    }
  } else if (syntaxErrors.length === 0) {
    raw = document.toJS();
  }
  if (syntaxErrors.length > 0) return { ok: false, errors: syntaxErrors, warnings: [] };

  const { plan, errors, warnings } = validatePlanData(raw);
  const place = (issue: (typeof errors)[number]) => locateInText(issue, fileName, document, lineCounter);
  return plan
    ? { ok: true, plan, warnings: warnings.map(place) }
    : { ok: false, errors: errors.map(place), warnings: warnings.map(place) };
}
