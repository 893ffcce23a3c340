import type { Command } from './Command';
import { helpCommand } from './helpCommand';
import { planCommand } from './planCommand';
import { statusCommand } from './statusCommand';
import { subscribeCommand, unsubscribeCommand } from './subscribeCommand';
import { myActionsCommand } from './myActionsCommand';
import { myControlsCommand } from './myControlsCommand';
import { openControlCommand } from './openControlCommand';
import { awayAskCommand } from './awayAskCommand';
import { awayCommand } from './awayCommand';
import { backCommand } from './backCommand';
import { pauseCommand } from './pauseCommand';
import { remindersCommand } from './remindersCommand';
import { reportCommand } from './reportCommand';
import { evaluateCommand } from './evaluateCommand';
import { planNextCommand } from './planNextCommand';
import { peopleCommand } from './peopleCommand';

/** Every chat command, in match order. */
export const commandTable: Command[] = [
  helpCommand,
  planNextCommand,
  planCommand,
  myControlsCommand,
  myActionsCommand,
  openControlCommand,
  subscribeCommand,
  unsubscribeCommand,
  statusCommand,
  remindersCommand,
  awayCommand,
  awayAskCommand,
  backCommand,
  pauseCommand,
  reportCommand,
  evaluateCommand,
  peopleCommand,
];

export function findCommand(
  text: string,
  commands: Command[] = commandTable,
): { command: Command; match: RegExpMatchArray } | undefined {
  for (const command of commands) {
    const match = text.match(command.pattern);
    if (match) return { command, match };
  }
  return undefined;
}
