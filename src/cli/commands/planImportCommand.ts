import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { peopleDirectoryOf } from '../../graph/peopleDirectoryOf';
import { importPlan } from '../../usecases/importPlan';
import { CliUsageError, type CliCommand } from '../CliContext';
import { planIssueLines } from './planIssueLines';

export const planImportCommand: CliCommand = {
  name: 'plan import',
  usage: 'ikbot plan import <file> [--dry-run]',
  description: 'Validates a plan (.yaml/.yml/.json/.xlsx) and stores it with its occasions.',
  run: async (context) => {
    const [filePath] = context.args;
    if (!filePath) throw new CliUsageError('Ange planfilen. / Give the plan file.');
    let content: Buffer;
    try {
      content = await readFile(filePath);
    } catch (error) {
      context.err.write(
        `Kan inte läsa ${filePath}: ${(error as Error).message}. Kontrollera sökvägen.\n` +
          `Cannot read ${filePath}: check the path.\n`,
      );
      return 1;
    }
    const dryRun = context.options['dry-run'] === true;
    // A dry run of an invalid file needs no database; a valid one compares with the stored plan.
    const ports = { ...(await context.repositories()), directory: peopleDirectoryOf(context.config) };
    const outcome = await importPlan({ content, fileName: path.basename(filePath) }, ports, {
      dryRun,
      importedBy: { system: 'cli' },
      now: context.now(),
    });
    if (!outcome.ok) {
      const lines = [
        `Planen importerades inte: ${outcome.errors.length} fel. Rätta dem i filen och importera igen; databasen är oförändrad.`,
        `The plan was not imported: ${outcome.errors.length} error(s). Fix them in the file and import again; the database is unchanged.`,
        '',
        ...outcome.errors.flatMap(planIssueLines),
      ];
      context.err.write(`${lines.join('\n')}\n`);
      return 1;
    }
    const { plan, changes } = outcome;
    const controls = plan.riskAreas.reduce((sum, area) => sum + area.controls.length, 0);
    const lines = [
      dryRun
        ? `Provkörning (--dry-run): inget har sparats. / Dry run: nothing was stored.`
        : `Importerad / imported: ${plan.id} revision ${outcome.applied ? outcome.revision : ''}`.trimEnd(),
      `${plan.title} (${plan.organisation}, ${plan.year})`,
      `Riskområden / risk areas: ${plan.riskAreas.length}; kontrollmoment / control points: ${controls}; ` +
        `kontrolltillfällen / occasions: ${outcome.occasionCount}`,
      changes.replacesStoredPlan
        ? `Ändringar mot lagrad plan / changes from the stored plan: ` +
          `nya / added ${list(changes.added)}; borttagna / removed ${list(changes.removed)}; ` +
          `ändrade / modified ${list(changes.modified)}; oförändrade / unchanged ${changes.unchanged}`
        : 'Ny plan / new plan.',
    ];
    if (outcome.applied) {
      const { sync } = outcome;
      lines.push(
        `Tillfällen / occasions: +${sync.added} nya/added, ${sync.updated} flyttade/moved, ` +
          `-${sync.removed} borttagna/removed, ${sync.retired} behållna med resultat/kept with results, ` +
          `${sync.unchanged} oförändrade/unchanged`,
      );
    }
    if (outcome.warnings.length > 0) {
      lines.push(
        '',
        `Varningar / warnings (${outcome.warnings.length}):`,
        ...outcome.warnings.flatMap(planIssueLines),
      );
    }
    context.out.write(`${lines.join('\n')}\n`);
    return 0;
  },
};

function list(ids: string[]): string {
  return ids.length === 0 ? '0' : `${ids.length} (${ids.join(', ')})`;
}
