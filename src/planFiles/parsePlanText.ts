import { LineCounter, parseDocument } from 'yaml';
import { locateInText } from './locateIssue';
import type { ParsePlanResult, PlanFileIssue } from './planFileIssue';
import { validatePlanData } from './validatePlanData';
import { planFileLimits } from './planFileLimits';
import { hasTooManyScalars, tooManyNodes, yamlShapeProblems } from './yamlShapeProblems';

/**
 * Parses a YAML or JSON plan file and validates it. Every problem is returned at once, each
 * with the file, line and field, in Swedish and English.
 */
export function parsePlanText(text: string, format: 'yaml' | 'json', fileName: string): ParsePlanResult {
  if (hasTooManyScalars(text)) return { ok: false, errors: [tooManyNodes(fileName)], warnings: [] };
  const lineCounter = new LineCounter();
  // YAML is a superset of JSON, so the YAML parser also gives line numbers for JSON files.
  // uniqueKeys off: the library's check is quadratic; yamlShapeProblems checks duplicates in one pass.
  const document = parseDocument(text, { lineCounter, uniqueKeys: false, prettyErrors: false });
  const syntaxErrors: PlanFileIssue[] = document.errors.map((error) =>
    /call stack/i.test(error.message)
      ? {
          file: fileName,
          path: '',
          sv: `Filen är nästlad för djupt för att läsas (högst ${planFileLimits.depth} nivåer; en plan behöver högst 8). Kontrollera indraget och parenteserna.`,
          en: `The file nests too deeply to be read (at most ${planFileLimits.depth} levels; a plan needs at most 8). Check the indentation and brackets.`,
        }
      : {
          file: fileName,
          line: lineCounter.linePos(error.pos[0]).line,
          path: '',
          sv: `Filen går inte att läsa som ${format.toUpperCase()}: ${error.message}`,
          en: `The file cannot be read as ${format.toUpperCase()}: ${error.message}`,
        },
  );
  if (syntaxErrors.length === 0) syntaxErrors.push(...yamlShapeProblems(document, lineCounter, fileName));
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
    try {
      raw = document.toJS({ maxAliasCount: planFileLimits.aliases });
    } catch (error) {
      // The yaml library refuses an alias bomb (&a [*b, *b, ...]) with a ReferenceError.
      syntaxErrors.push({
        file: fileName,
        path: '',
        sv: `Filen använder YAML-alias (*namn) så många gånger att den inte kan läsas (${(error as Error).message}). Skriv ut värdena i stället för att hänvisa till dem.`,
        en: `The file uses YAML aliases (*name) so often that it cannot be read (${(error as Error).message}). Write the values out instead of referring to them.`,
      });
    }
  }
  if (syntaxErrors.length > 0) return { ok: false, errors: syntaxErrors, warnings: [] };

  const { plan, errors, warnings } = validatePlanData(raw);
  const place = (issue: (typeof errors)[number]) => locateInText(issue, fileName, document, lineCounter);
  return plan
    ? { ok: true, plan, warnings: warnings.map(place) }
    : { ok: false, errors: errors.map(place), warnings: warnings.map(place) };
}
