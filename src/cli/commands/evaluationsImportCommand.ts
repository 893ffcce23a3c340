import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { evaluationMessagesFor, type EvaluationMessages } from '../../i18n/evaluationMessages';
import { EVALUATIONS_SHEET, readEvaluationsWorkbook } from '../../reports/evaluationsWorkbook';
import { MongoReportSource } from '../../storage/mongo/reports/MongoReportSource';
import { xlsxArchiveProblem } from '../../planFiles/xlsxArchiveProblem';
import { MongoVerdictRepository } from '../../storage/mongo/reports/MongoVerdictRepository';
import { MongoActionRepository } from '../../storage/mongo/actions/MongoActionRepository';
import { importEvaluations, type EvaluationImportOutcome } from '../../usecases/importEvaluations';
import { CliUsageError, type CliCommand } from '../CliContext';

const sv = evaluationMessagesFor('sv');
const en = evaluationMessagesFor('en');
/** Both languages, Swedish first, as the other plan commands answer on the command line. */
const both = (text: (m: EvaluationMessages) => string): string => `${text(sv)}\n${text(en)}\n`;

/**
 * `ikbot report evaluations import <file.xlsx>`: stores the year-end evaluations written in the
 * workbook from `ikbot report --format evaluations` (all rows, or none when a row is wrong).
 */
export const evaluationsImportCommand: CliCommand = {
  name: 'report evaluations import',
  usage: 'ikbot report evaluations import <file.xlsx>',
  description:
    'Stores the year-end evaluations (Utvärdering, Kommentar, Fortsatta åtgärder) written in an evaluations workbook; they appear in the follow-up report.',
  run: async (context) => {
    const [file] = context.args;
    if (!file)
      throw new CliUsageError(
        'Ange den ifyllda utvärderingsfilen, t.ex. Utvardering-VAG-SOF-2025-2025.xlsx.\n' +
          'Name the filled-in evaluations workbook, e.g. Utvardering-VAG-SOF-2025-2025.xlsx.',
      );
    let content: Buffer;
    try {
      content = await readFile(file);
    } catch (error) {
      const reason = (error as Error).message;
      context.err.write(`Kan inte läsa ${file}: ${reason}\nCannot read ${file}: ${reason}\n`);
      return 1;
    }
    // A zip bomb is refused before exceljs unpacks it (the same bounds as a plan workbook).
    const archiveProblem = await xlsxArchiveProblem(content);
    if (archiveProblem) {
      context.err.write(`${file}: ${archiveProblem.sv}\n${file}: ${archiveProblem.en}\n`);
      return 1;
    }
    let sheet;
    try {
      sheet = await readEvaluationsWorkbook(content);
    } catch {
      sheet = null;
    }
    if (!sheet) {
      context.err.write(
        `${file} är ingen utvärderingsfil (bladet ”${EVALUATIONS_SHEET}” saknas). Skapa en med: ikbot report --year <år> --format evaluations\n` +
          `${file} is not an evaluations workbook (no sheet "${EVALUATIONS_SHEET}"). Create one with: ikbot report --year <year> --format evaluations\n`,
      );
      return 1;
    }
    const { plans, audit } = await context.repositories();
    const { db } = await context.database();
    const outcome = await importEvaluations(
      {
        plans,
        audit,
        source: new MongoReportSource(db),
        verdicts: new MongoVerdictRepository(db),
        actions: new MongoActionRepository(db),
      },
      sheet,
      { system: 'cli' },
      context.now(),
      context.config.timeZone,
    );
    const name = path.basename(file);
    if (outcome.ok) {
      context.out.write(
        both((m) => m.imported(name, outcome.planId, outcome.year, outcome.saved, outcome.cleared)),
      );
      return 0;
    }
    context.err.write(problemText(outcome, name));
    return 1;
  },
};

function problemText(outcome: Exclude<EvaluationImportOutcome, { ok: true }>, file: string): string {
  switch (outcome.reason) {
    case 'noPlanId':
      return both((m) => m.noPlanId);
    case 'noYear':
      return both((m) => m.noYear);
    case 'unknownPlan':
      return both((m) => m.unknownPlan(outcome.planId));
    case 'issues':
      return [
        both((m) => m.invalid(file, outcome.issues.length)),
        ...outcome.issues.map((issue) => both((m) => m.issue(issue))),
      ].join('');
  }
}
