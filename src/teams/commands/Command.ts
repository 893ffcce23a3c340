import type { TurnContext } from 'botbuilder';
import type { BotServices } from '../BotServices';
import type { TurnInfo } from '../turnInfo';

export interface CommandInput {
  context: TurnContext;
  info: TurnInfo;
  /** The pattern's match against the message text (groups hold the arguments). */
  match: RegExpMatchArray;
  services: BotServices;
}

/** One chat command; the first pattern that matches the whole (mention-stripped) text wins. */
export interface Command {
  name: string;
  pattern: RegExp;
  /** True when the command answers without the database, so it still works while the database is down. */
  withoutDatabase?: boolean;
  run(input: CommandInput): Promise<void>;
}
