import type { Activity, ActivityHandler } from 'botbuilder';
import type { Request, Response } from 'restify';
import type { Logger } from '../logging/createLogger';
import type { IkAdapter } from '../teams/IkAdapter';
import { activityShapeProblem } from './activityShapeProblem';
import { readJsonBody } from './readJsonBody';

export type ActivityReceiver = Pick<IkAdapter, 'authenticate' | 'processAuthenticated'>;

/**
 * POST /api/messages in three steps, each cheaper than the next: read the body as JSON (in memory,
 * size-capped), check that it is shaped like an activity, verify the token; only then run the turn.
 * Every refusal is a 4xx with one JSON log line and no stack trace.
 */
export function receiveActivity(
  adapter: ActivityReceiver,
  bot: ActivityHandler,
  logger: Logger,
): (req: Request, res: Response) => Promise<void> {
  const refuse = (req: Request, res: Response, status: number, reason: string, text: string): void => {
    logger.warn(
      { event: 'request refused', status, reason, remoteAddress: req.socket?.remoteAddress },
      `Refused a request to /api/messages (${status}): ${reason}. Requests come from Teams through the Bot Connector; this one was not such a request.`,
    );
    if (status === 413) res.header('Connection', 'close');
    res.send(status, { error: text });
  };

  return async (req, res) => {
    const body = await readJsonBody(req);
    if (!body.ok) return refuse(req, res, body.status, body.reason, 'Send a Bot Framework activity as JSON.');
    const problem = activityShapeProblem(body.value);
    if (problem) return refuse(req, res, 400, problem, 'Not a Bot Framework activity.');
    const activity = withDates(body.value as Record<string, unknown>);

    const header = req.headers.authorization;
    let authentication;
    try {
      authentication = await adapter.authenticate(activity, typeof header === 'string' ? header : '');
    } catch (error) {
      return refuse(
        req,
        res,
        401,
        `token refused: ${String((error as Error).message).slice(0, 200)}`,
        'Unauthorized.',
      );
    }

    const invokeResponse = await adapter.processAuthenticated(authentication, activity, (context) =>
      bot.run(context),
    );
    res.send(invokeResponse?.status ?? 200, invokeResponse?.body);
  };
}

/** Turns the ISO strings on the wire into the Dates botbuilder's Activity has (as CloudAdapter.process does). */
function withDates(activity: Record<string, unknown>): Activity {
  for (const [field, raw] of [
    ['timestamp', 'rawTimestamp'],
    ['localTimestamp', 'rawLocalTimestamp'],
    ['expiration', 'rawExpiration'],
  ] as const) {
    if (typeof activity[field] === 'string') {
      activity[raw] = activity[field];
      activity[field] = new Date(activity[field] as string);
    }
  }
  return activity as unknown as Activity;
}
