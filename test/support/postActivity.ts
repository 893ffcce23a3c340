export interface PostActivityResult {
  status: number;
  /** Parsed JSON when the bot answered JSON (invoke responses), the text otherwise, undefined when empty. */
  body: unknown;
  headers: Headers;
}

/**
 * Posts an activity to the bot as Teams would: `POST ${botUrl}/api/messages`. Without a token the request
 * is unauthenticated, which the bot accepts only when it runs without a MicrosoftAppId (local mode).
 */
export async function postActivity(
  botUrl: string,
  activity: unknown,
  options: { token?: string; timeoutMs?: number } = {},
): Promise<PostActivityResult> {
  const headers: Record<string, string> = { 'content-type': 'application/json; charset=utf-8' };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  const response = await fetch(`${botUrl.replace(/\/+$/, '')}/api/messages`, {
    method: 'POST',
    headers,
    body: JSON.stringify(activity),
    signal: AbortSignal.timeout(options.timeoutMs ?? 15_000),
  });
  const text = await response.text();
  let body: unknown = text === '' ? undefined : text;
  if (text !== '' && (response.headers.get('content-type') ?? '').includes('json')) {
    try {
      body = JSON.parse(text);
    } catch {
      body = text;
    }
  }
  return { status: response.status, body, headers: response.headers };
}
