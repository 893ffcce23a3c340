import { randomBytes, randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A file in the fake document library. */
export interface FakeDriveItem {
  id: string;
  driveId: string;
  /** Decoded path under the drive root, e.g. "ikbot/plan/control/occasion/id-name.pdf". */
  path: string;
  content: Buffer;
  contentType?: string;
}

export interface FakeGraphDrive {
  /** E.g. http://127.0.0.1:PORT/v1.0 (what SharePointEvidenceStore takes as graphUrl). */
  graphUrl: string;
  token: string;
  items(): FakeDriveItem[];
  /** Every request, for assertions (method, path, whether it carried the bearer token). */
  requests: Array<{ method: string; path: string; authorized: boolean }>;
  close(): Promise<void>;
}

/**
 * Microsoft Graph's drive item API for one SharePoint document library, on 127.0.0.1, as
 * SharePointEvidenceStore uses it (documented behaviour of Graph v1.0):
 * - PUT /drives/{id}/root:/{path}:/content?@microsoft.graph.conflictBehavior=fail → 201 driveItem,
 *   409 nameAlreadyExists when the path is taken;
 * - POST /drives/{id}/root:/{path}:/createUploadSession → {uploadUrl}; PUT fragments with
 *   Content-Range to uploadUrl (which refuses an Authorization header) → 202, the last one 201;
 *   DELETE uploadUrl cancels the session → 204;
 * - GET /drives/{id}/items/{itemId}/content → 302 to a pre-authenticated download URL.
 * Graph endpoints need `Authorization: Bearer <token>`. Separate from the users/installedApps fake.
 */
export async function startFakeGraphDrive(driveId = 'b!fakeDrive'): Promise<FakeGraphDrive> {
  const token = randomBytes(16).toString('hex');
  const byPath = new Map<string, FakeDriveItem>();
  const byId = new Map<string, FakeDriveItem>();
  const sessions = new Map<string, { path: string; received: Buffer[]; size: number; next: number }>();
  const requests: FakeGraphDrive['requests'] = [];
  let origin = '';

  const store = (path: string, content: Buffer, contentType?: string): FakeDriveItem => {
    const item: FakeDriveItem = {
      id: `01${randomUUID().replace(/-/g, '').toUpperCase()}`,
      driveId,
      path,
      content,
      contentType,
    };
    byPath.set(path.toLowerCase(), item);
    byId.set(item.id, item);
    return item;
  };
  const itemJson = (item: FakeDriveItem) => ({
    id: item.id,
    name: item.path.split('/').pop(),
    size: item.content.length,
    webUrl: `https://exempelby.sharepoint.com/sites/internkontroll/Delade%20dokument/${item.path.split('/').map(encodeURIComponent).join('/')}`,
    file: { mimeType: item.contentType ?? 'application/octet-stream' },
  });
  const json = (res: ServerResponse, status: number, body: unknown) => {
    res.writeHead(status, { 'Content-Type': 'application/json' });
    res.end(JSON.stringify(body));
  };
  const graphError = (res: ServerResponse, status: number, code: string, message: string) =>
    json(res, status, { error: { code, message } });

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', origin);
    const body = await readBody(req);
    const authorized = req.headers.authorization === `Bearer ${token}`;
    requests.push({ method: req.method ?? '', path: url.pathname, authorized });

    const upload = /^\/upload\/([^/]+)$/.exec(url.pathname);
    if (upload && req.method === 'PUT') {
      if (req.headers.authorization)
        return graphError(
          res,
          401,
          'unauthenticated',
          'Do not send Authorization to a pre-authenticated upload URL.',
        );
      const session = sessions.get(upload[1]);
      if (!session) return graphError(res, 404, 'itemNotFound', 'Upload session not found.');
      const range = /^bytes (\d+)-(\d+)\/(\d+)$/.exec(String(req.headers['content-range'] ?? ''));
      if (range && session.size === -1) session.size = Number(range[3]);
      if (!range || Number(range[1]) !== session.next || Number(range[3]) !== session.size)
        return graphError(res, 416, 'invalidRange', 'Content-Range does not continue the upload.');
      if (Number(range[2]) - Number(range[1]) + 1 !== body.length)
        return graphError(res, 400, 'invalidRequest', 'Content-Range does not match the body.');
      session.received.push(body);
      session.next += body.length;
      if (session.next < session.size) return json(res, 202, { nextExpectedRanges: [`${session.next}-`] });
      sessions.delete(upload[1]);
      if (byPath.has(session.path.toLowerCase()))
        return graphError(res, 409, 'nameAlreadyExists', 'The specified item name already exists.');
      return json(res, 201, itemJson(store(session.path, Buffer.concat(session.received))));
    }
    if (upload && req.method === 'DELETE') {
      // Cancelling an upload session: its fragments are dropped, nothing is stored (204).
      if (!sessions.delete(upload[1]))
        return graphError(res, 404, 'itemNotFound', 'Upload session not found.');
      res.writeHead(204);
      return res.end();
    }
    const download = /^\/download\/([^/]+)$/.exec(url.pathname);
    if (download && req.method === 'GET') {
      const item = byId.get(download[1]);
      if (!item) return graphError(res, 404, 'itemNotFound', 'Item not found.');
      res.writeHead(200, {
        'Content-Type': 'application/octet-stream',
        'Content-Length': item.content.length,
      });
      return res.end(item.content);
    }

    if (!authorized)
      return graphError(res, 401, 'InvalidAuthenticationToken', 'Access token is empty or invalid.');
    const drivePrefix = `/v1.0/drives/${encodeURIComponent(driveId)}/`;
    if (!url.pathname.startsWith(drivePrefix))
      return graphError(res, 404, 'itemNotFound', 'Drive not found.');
    const rest = url.pathname.slice(drivePrefix.length);
    const byPathRoute = /^root:\/(.+):\/(content|createUploadSession)$/.exec(rest);
    if (byPathRoute) {
      const path = byPathRoute[1]
        .split('/')
        .map((segment) => decodeURIComponent(segment))
        .join('/');
      const exists = byPath.has(path.toLowerCase());
      if (byPathRoute[2] === 'content' && req.method === 'PUT') {
        if (exists && url.searchParams.get('@microsoft.graph.conflictBehavior') !== 'replace')
          return graphError(res, 409, 'nameAlreadyExists', 'The specified item name already exists.');
        return json(res, 201, itemJson(store(path, body, req.headers['content-type'])));
      }
      if (byPathRoute[2] === 'createUploadSession' && req.method === 'POST') {
        const request = JSON.parse(body.toString('utf8') || '{}') as { item?: Record<string, unknown> };
        if (exists && request.item?.['@microsoft.graph.conflictBehavior'] !== 'replace')
          return graphError(res, 409, 'nameAlreadyExists', 'The specified item name already exists.');
        const sessionId = randomBytes(12).toString('hex');
        // The total size is learnt from the first fragment's Content-Range.
        sessions.set(sessionId, { path, received: [], size: -1, next: 0 });
        return json(res, 200, {
          uploadUrl: `${origin}/upload/${sessionId}`,
          expirationDateTime: new Date(Date.now() + 3_600_000).toISOString(),
        });
      }
    }
    const content = /^items\/([^/]+)\/content$/.exec(rest);
    if (content && req.method === 'GET') {
      const item = byId.get(decodeURIComponent(content[1]));
      if (!item) return graphError(res, 404, 'itemNotFound', 'Item not found.');
      res.writeHead(302, { Location: `${origin}/download/${item.id}` });
      return res.end();
    }
    return graphError(
      res,
      400,
      'invalidRequest',
      `The fake Graph drive does not know ${req.method} ${url.pathname}.`,
    );
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((error: Error) => graphError(res, 500, 'generalException', error.message));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    graphUrl: `${origin}/v1.0`,
    token,
    items: () => [...byId.values()],
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
