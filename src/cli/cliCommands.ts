import type { CliCommand } from './CliContext';
import { actionsExportCommand } from './commands/actionsExportCommand';
import { actionsListCommand } from './commands/actionsListCommand';
import { planCalendarCommand } from './commands/planCalendarCommand';
import { planExportCommand } from './commands/planExportCommand';
import { planImportCommand } from './commands/planImportCommand';
import { planShowCommand } from './commands/planShowCommand';
import { planNextCommand } from './commands/planNextCommand';
import { planTemplateCommand } from './commands/planTemplateCommand';
import { tickCommand } from './commands/tick';
import { digestCommand } from './commands/digest';
import { reportCommand } from './commands/report';
import { projectionsRebuildCommand } from './commands/projectionsRebuild';
import { evaluationsImportCommand } from './commands/evaluationsImportCommand';
import { personEraseCommand, personExportCommand } from './commands/personCommands';
import { peopleCheckCommand } from './commands/peopleCheckCommand';

/** Every `ikbot` command, matched on its leading words (e.g. "plan import"). */
export const cliCommands: CliCommand[] = [
  planImportCommand,
  planExportCommand,
  planShowCommand,
  planCalendarCommand,
  planTemplateCommand,
  planNextCommand,
  tickCommand,
  digestCommand,
  reportCommand,
  projectionsRebuildCommand,
  evaluationsImportCommand,
  personExportCommand,
  personEraseCommand,
  actionsListCommand,
  actionsExportCommand,
  peopleCheckCommand,
];
