import type { Middleware, TurnContext } from 'botbuilder';
import type { Telemetry } from '../telemetry/Telemetry';

/** The verb of an Adaptive Card Action.Execute (adaptiveCard/action invoke), if the turn is one. */
function cardVerbOf(context: TurnContext): string | undefined {
  const { activity } = context;
  if (activity.type !== 'invoke' || activity.name !== 'adaptiveCard/action') return undefined;
  const verb = (activity.value as { action?: { verb?: unknown } } | undefined)?.action?.verb;
  return typeof verb === 'string' ? verb : '';
}

/**
 * botbuilder middleware: every turn runs in an `ikbot.turn` span (what the bot does inside it, its
 * database calls, sends and log lines, joins that trace) and is counted with its duration; card
 * actions are counted by verb. No user text or names go into telemetry, only types and ids.
 */
export function traceTurns(telemetry: Telemetry): Middleware {
  return {
    onTurn: async (context, next) => {
      const { activity } = context;
      const verb = cardVerbOf(context);
      const attributes = {
        'ikbot.activity.type': activity.type ?? '',
        'ikbot.channel': activity.channelId ?? '',
        'ikbot.conversation.type': activity.conversation?.conversationType ?? '',
        ...(verb !== undefined ? { 'ikbot.card.verb': verb } : {}),
      };
      const started = performance.now();
      let outcome = 'ok';
      try {
        await telemetry.inSpan(`ikbot.turn ${activity.type ?? ''}`, attributes, () => next());
      } catch (error) {
        outcome = 'error';
        throw error;
      } finally {
        const counted = { 'ikbot.activity.type': activity.type ?? '', outcome };
        telemetry.turns.add(1, counted);
        telemetry.turnDuration.record(performance.now() - started, counted);
        if (verb !== undefined) telemetry.cardActions.add(1, { verb, outcome });
      }
    },
  };
}
