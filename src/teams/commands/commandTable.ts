import type { Command } from './Command';
import { helpCommand } from './helpCommand';

/** Every chat command, in match order. */
export const commandTable: Command[] = [helpCommand];

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
