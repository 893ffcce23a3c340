/**
 * What makes a POST /api/messages body unusable as a Bot Framework activity, or undefined when it
 * has what every channel sends (type, conversation.id, serviceUrl). Such a request gets 400 with
 * this text instead of reaching botbuilder, which would fail on it with a 500 and a stack trace.
 */
export function activityShapeProblem(body: unknown): string | undefined {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    return 'The body is not a Bot Framework activity: send a JSON object with type, conversation and serviceUrl.';
  }
  const activity = body as { type?: unknown; conversation?: { id?: unknown }; serviceUrl?: unknown };
  const missing = [
    typeof activity.type === 'string' && activity.type !== '' ? undefined : 'type',
    typeof activity.conversation?.id === 'string' && activity.conversation.id !== ''
      ? undefined
      : 'conversation.id',
    typeof activity.serviceUrl === 'string' && /^https?:\/\//.test(activity.serviceUrl)
      ? undefined
      : 'serviceUrl',
  ].filter((name): name is string => name !== undefined);
  return missing.length > 0
    ? `The activity lacks ${missing.join(', ')}: a Bot Framework activity needs type, conversation.id and serviceUrl.`
    : undefined;
}
