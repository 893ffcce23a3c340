import { CloudAdapter, type Activity, type InvokeResponse, type TurnContext } from 'botbuilder';

/** What authenticating a request yields (botframework-connector's type, reached through botbuilder). */
export type AuthenticateRequestResult = Exclude<Parameters<CloudAdapter['processActivityDirect']>[0], string>;

/**
 * botbuilder's CloudAdapter with its two steps apart: authenticating a request and running the turn.
 * The HTTP edge can then tell a refused token (401, one log line) from a failing turn (500), which
 * CloudAdapter.process mixes up (any non-AuthenticationError, e.g. keys that cannot be fetched, is a
 * 500 with a stack trace on the console).
 */
export class IkAdapter extends CloudAdapter {
  /** Verifies the request's JWT (or accepts none in local mode); throws when it is refused. */
  authenticate(activity: Activity, authHeader: string): Promise<AuthenticateRequestResult> {
    return this.botFrameworkAuthentication.authenticateRequest(activity, authHeader);
  }

  /** Runs the turn of an already authenticated request; the invoke response, if any, is returned. */
  processAuthenticated(
    authentication: AuthenticateRequestResult,
    activity: Activity,
    logic: (context: TurnContext) => Promise<void>,
  ): Promise<InvokeResponse | undefined> {
    return this.processActivity(authentication, activity, logic);
  }
}
