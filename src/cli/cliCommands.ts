import type { CliCommand } from './CliContext';

/** Every `ikbot` command, matched on its leading words (e.g. "plan import"). */
export const cliCommands: CliCommand[] = [];
