import { request as httpsRequest, Agent } from 'node:https';
import type { Context, Middleware } from '@microsoft/microsoft-graph-client';

/**
 * The last link of the Graph client's middleware chain: sends the request with node:https (keep-alive,
 * and the extra CA from IKBOT_GRAPH_CA_FILE when one is given) instead of the global fetch, which
 * cannot be told to trust another CA.
 */
export class HttpsMessageHandler implements Middleware {
  private readonly agent: Agent;

  constructor(ca?: string) {
    this.agent = new Agent({ keepAlive: true, ...(ca ? { ca } : {}) });
  }

  async execute(context: Context): Promise<void> {
    const url = typeof context.request === 'string' ? context.request : context.request.url;
    const options = context.options ?? {};
    const headers: Record<string, string> = {};
    new Headers(options.headers as ConstructorParameters<typeof Headers>[0]).forEach((value, name) => {
      headers[name] = value;
    });
    const body = options.body === undefined || options.body === null ? undefined : String(options.body);
    context.response = await new Promise<Response>((resolve, reject) => {
      const req = httpsRequest(
        url,
        { method: options.method ?? 'GET', headers, agent: this.agent, timeout: 30_000 },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () => {
            const responseHeaders = new Headers();
            for (const [name, value] of Object.entries(res.headers)) {
              if (value !== undefined)
                responseHeaders.set(name, Array.isArray(value) ? value.join(', ') : value);
            }
            const status = res.statusCode ?? 500;
            const noBody = status === 204 || status === 304;
            resolve(
              new Response(noBody ? null : Buffer.concat(chunks), {
                status,
                statusText: res.statusMessage ?? '',
                headers: responseHeaders,
              }),
            );
          });
          res.on('error', reject);
        },
      );
      req.on('timeout', () => req.destroy(new Error(`Microsoft Graph did not answer within 30 s: ${url}`)));
      req.on('error', reject);
      if (body !== undefined) req.write(body);
      req.end();
    });
  }
}
