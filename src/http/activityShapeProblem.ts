/**
 * What makes a parsed body unfit to be handled as a Bot Framework activity, or undefined when it has
 * the fields every turn reads. Checked before any token validation or database work, so junk costs
 * nothing but this.
 */
export function activityShapeProblem(body: unknown): string | undefined {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return 'body is not a JSON object';
  const activity = body as Record<string, unknown>;
  if (typeof activity.type !== 'string' || !/^[A-Za-z]{1,40}$/.test(activity.type))
    return 'activity has no valid type';
  if (typeof activity.serviceUrl !== 'string' || !/^https?:\/\/[^\s]+$/.test(activity.serviceUrl))
    return 'activity has no valid serviceUrl';
  if (!hasId(activity.conversation)) return 'activity has no conversation.id';
  if (!hasId(activity.from)) return 'activity has no from.id';
  if (activity.recipient !== undefined && !hasId(activity.recipient)) return 'activity.recipient has no id';
  if (activity.channelId !== undefined && typeof activity.channelId !== 'string')
    return 'activity.channelId is not a string';
  if (activity.text !== undefined && typeof activity.text !== 'string')
    return 'activity.text is not a string';
  if (activity.locale !== undefined && typeof activity.locale !== 'string')
    return 'activity.locale is not a string';
  if (activity.attachments !== undefined && !isListOfObjects(activity.attachments))
    return 'activity.attachments is not a list of objects';
  if (activity.entities !== undefined && !isListOfObjects(activity.entities))
    return 'activity.entities is not a list of objects';
  for (const [owner, fields] of [
    ['from', ['name', 'aadObjectId']],
    ['conversation', ['conversationType', 'tenantId']],
  ] as const) {
    const account = activity[owner] as Record<string, unknown>;
    for (const field of fields)
      if (account[field] !== undefined && account[field] !== null && typeof account[field] !== 'string')
        return `activity.${owner}.${field} is not a string`;
  }
  if (activity.name !== undefined && typeof activity.name !== 'string')
    return 'activity.name is not a string';
  if (
    activity.channelData !== undefined &&
    (typeof activity.channelData !== 'object' || activity.channelData === null)
  )
    return 'activity.channelData is not an object';
  return undefined;
}

function hasId(value: unknown): boolean {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { id?: unknown }).id === 'string' &&
    (value as { id: string }).id.length > 0
  );
}

function isListOfObjects(value: unknown): boolean {
  return (
    Array.isArray(value) &&
    value.length <= 100 &&
    value.every((item) => typeof item === 'object' && item !== null && !Array.isArray(item))
  );
}
