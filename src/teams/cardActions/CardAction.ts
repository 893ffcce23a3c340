import type { TurnContext } from 'botbuilder';
import type { AdaptiveCardJson } from '../../cards/AdaptiveCardJson';
import type { BotServices } from '../BotServices';
import type { TurnInfo } from '../turnInfo';

export interface CardActionInput {
  context: TurnContext;
  info: TurnInfo;
  verb: string;
  /** Action.Execute data merged with the card's input values, as Teams sends them. */
  data: Record<string, unknown>;
  services: BotServices;
}

/**
 * What a card action answers: the card that replaces the one the person clicked, or (message) a
 * short text Teams shows while the card stays as it is, with whatever was typed into it.
 */
export type CardActionResult = { card: AdaptiveCardJson } | { message: string };

export type CardActionHandler = (input: CardActionInput) => Promise<CardActionResult>;
