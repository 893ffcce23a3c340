import type * as AdaptiveCards from 'adaptivecards';

// The ESM build of adaptivecards 3.0 cannot resolve its own imports in Node; the UMD bundle can.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const AC = require('adaptivecards/dist/adaptivecards.js') as typeof AdaptiveCards;

/**
 * What the official Adaptive Cards library finds wrong with a card, parsed as schema 1.5: parse
 * events (unknown element or action types, bad values) and validateProperties() failures (duplicate
 * ids, required inputs without label or error message, ...). ValidationEvent.Hint is the library's
 * only advisory event and is left out; everything else counts as an error.
 */
export function adaptiveCardErrors(json: unknown): string[] {
  const card = new AC.AdaptiveCard();
  const context = new AC.SerializationContext(AC.Versions.v1_5);
  card.parse(json, context);
  const events = [];
  for (let index = 0; index < context.eventCount; index++) events.push(context.getEventAt(index));
  events.push(...card.validateProperties().validationEvents);
  return events
    .filter((event) => event.event !== AC.ValidationEvent.Hint)
    .map((event) => `${AC.ValidationEvent[event.event]}: ${event.message}`);
}
