import type {
  EvidenceContentStore,
  EvidencePlace,
  EvidenceToSave,
} from '../../domain/ports/EvidenceContentStore';
import type { EvidenceLocation } from '../../domain/evidence/types';

/** Graph's limit for a simple PUT upload is 4 MB by its older documentation: larger files use an upload session. */
const SIMPLE_UPLOAD_BYTES = 4 * 1024 * 1024;
/** Upload session fragments must be multiples of 320 KiB. */
const FRAGMENT_BYTES = 320 * 1024 * 16;
const MAX_REDIRECTS = 5;

export interface SharePointEvidenceOptions {
  /** https://graph.microsoft.com/v1.0, or the fake Graph server in tests. */
  graphUrl: string;
  /** The document library's drive id (IKBOT_SHAREPOINT_DRIVE_ID). */
  driveId: string;
  /** The folder inside the library under which plan/control/occasion folders are made. */
  rootFolder: string;
  /** An app-only access token for Graph (Files.ReadWrite.All or Sites.Selected on the site). */
  token(): Promise<string>;
}

/**
 * Evidence bytes in a SharePoint document library through Microsoft Graph, one folder per
 * plan/control/occasion (created by the upload itself). Uploads use conflictBehavior=fail, and the
 * name begins with the file's unique id, so nothing is ever overwritten. The location keeps the
 * drive item id and its webUrl (a link people in the organisation can open in SharePoint).
 */
export class SharePointEvidenceStore implements EvidenceContentStore {
  readonly kind = 'sharepoint' as const;

  constructor(private readonly options: SharePointEvidenceOptions) {}

  async save(place: EvidencePlace, file: EvidenceToSave): Promise<EvidenceLocation> {
    const path = [
      this.options.rootFolder,
      place.planId,
      place.controlId,
      place.occasionId,
      `${file.id}-${file.fileName}`,
    ]
      .map(safeSegment)
      .filter(Boolean)
      .map(encodeURIComponent)
      .join('/');
    let item: DriveItem;
    if (!Buffer.isBuffer(file.content) && file.size !== undefined && file.size > SIMPLE_UPLOAD_BYTES) {
      // Its size known in advance, a stream goes to the upload session fragment by fragment.
      item = await this.sessionUpload(path, fragmentsOf(file.content, file.size), file.size);
    } else {
      // Every fragment's Content-Range states the total size, so a stream of unknown length is
      // read whole first (the caller has held it to the size limit); a failing one sends nothing.
      const content = await wholeOf(file.content);
      if (file.size !== undefined && content.length !== file.size)
        throw lengthError(content.length, file.size);
      item =
        content.length <= SIMPLE_UPLOAD_BYTES
          ? await this.simpleUpload(path, content, file.contentType)
          : await this.sessionUpload(path, fragmentsOf(content, content.length), content.length);
    }
    return { store: 'sharepoint', ref: item.id, webUrl: item.webUrl };
  }

  async read(location: EvidenceLocation): Promise<Buffer | null> {
    if (location.store !== 'sharepoint') return null;
    let url = new URL(
      `${this.base()}/drives/${encodeURIComponent(this.options.driveId)}/items/${encodeURIComponent(location.ref)}/content`,
    );
    let headers: Record<string, string> = { Authorization: `Bearer ${await this.options.token()}` };
    for (let hop = 0; hop <= MAX_REDIRECTS; hop += 1) {
      this.assertAllowed(url);
      const response = await fetch(url, { headers, redirect: 'manual' });
      const location = response.headers.get('location');
      if (response.status >= 300 && response.status <= 399 && location) {
        await response.body?.cancel().catch(() => undefined);
        url = new URL(location, url);
        // The download URL is pre-authenticated: the token must not travel to it.
        headers = {};
        continue;
      }
      if (response.status === 404) {
        await response.body?.cancel().catch(() => undefined);
        return null;
      }
      if (!response.ok) throw await graphError(response, 'download');
      return Buffer.from(await response.arrayBuffer());
    }
    throw new Error(
      `Microsoft Graph redirected more than ${MAX_REDIRECTS} times downloading an evidence file.`,
    );
  }

  private base(): string {
    return this.options.graphUrl.replace(/\/+$/, '');
  }

  private itemUrl(path: string, suffix: string): string {
    return `${this.base()}/drives/${encodeURIComponent(this.options.driveId)}/root:/${path}:/${suffix}`;
  }

  private async simpleUpload(path: string, content: Buffer, contentType: string): Promise<DriveItem> {
    const response = await fetch(this.itemUrl(path, 'content?@microsoft.graph.conflictBehavior=fail'), {
      method: 'PUT',
      headers: { Authorization: `Bearer ${await this.options.token()}`, 'Content-Type': contentType },
      body: content,
    });
    if (response.status !== 201 && response.status !== 200) throw await graphError(response, 'upload');
    return driveItemOf(await response.json());
  }

  private async sessionUpload(
    path: string,
    fragments: AsyncIterable<Buffer>,
    size: number,
  ): Promise<DriveItem> {
    const created = await fetch(this.itemUrl(path, 'createUploadSession'), {
      method: 'POST',
      headers: {
        Authorization: `Bearer ${await this.options.token()}`,
        'Content-Type': 'application/json',
      },
      body: JSON.stringify({ item: { '@microsoft.graph.conflictBehavior': 'fail' } }),
    });
    if (!created.ok) throw await graphError(created, 'create an upload session for');
    const { uploadUrl } = (await created.json()) as { uploadUrl?: unknown };
    if (typeof uploadUrl !== 'string')
      throw new Error('Microsoft Graph gave no uploadUrl for an upload session.');
    const target = new URL(uploadUrl);
    this.assertAllowed(target);
    try {
      let start = 0;
      for await (const fragment of fragments) {
        const end = start + fragment.length - 1;
        // The upload URL is pre-authenticated: no Authorization header (Graph's documentation).
        const response = await fetch(target, {
          method: 'PUT',
          headers: {
            'Content-Length': String(fragment.length),
            'Content-Range': `bytes ${start}-${end}/${size}`,
          },
          body: fragment,
        });
        if (end === size - 1) {
          if (response.status !== 201 && response.status !== 200) throw await graphError(response, 'upload');
          return driveItemOf(await response.json());
        }
        if (response.status !== 202) throw await graphError(response, 'upload part of');
        await response.body?.cancel().catch(() => undefined);
        start = end + 1;
      }
      throw new Error('An empty file cannot be uploaded through an upload session.');
    } catch (error) {
      // Cancel the session, so the fragments already sent are dropped rather than left to expire.
      await fetch(target, { method: 'DELETE' })
        .then((response) => response.body?.cancel())
        .catch(() => undefined);
      throw error;
    }
  }

  /** https everywhere, except the configured Graph origin itself (the fake Graph server in tests). */
  private assertAllowed(url: URL): void {
    if (url.protocol === 'https:' || url.origin === new URL(this.base()).origin) return;
    throw new Error(
      `Refused to follow Microsoft Graph to ${url.protocol}//${url.host}: only https is allowed.`,
    );
  }
}

/**
 * The content in fragments of FRAGMENT_BYTES (the last one shorter), a stream's assembled in one
 * reused buffer (each is sent before the next is read). The last fragment is held back until the
 * stream has ended, so a stream that is not `size` long fails before the upload completes.
 */
async function* fragmentsOf(content: Buffer | AsyncIterable<Buffer>, size: number): AsyncGenerator<Buffer> {
  if (Buffer.isBuffer(content)) {
    for (let start = 0; start < content.length; start += FRAGMENT_BYTES)
      yield content.subarray(start, start + FRAGMENT_BYTES);
    return;
  }
  const fragment = Buffer.allocUnsafe(Math.max(1, Math.min(FRAGMENT_BYTES, size)));
  let filled = 0;
  let total = 0;
  for await (const piece of content) {
    total += piece.length;
    if (total > size) throw lengthError(total, size);
    for (let offset = 0; offset < piece.length;) {
      const copied = piece.copy(fragment, filled, offset);
      filled += copied;
      offset += copied;
      if (filled === fragment.length && total < size) {
        yield fragment;
        filled = 0;
      }
    }
  }
  if (total !== size) throw lengthError(total, size);
  if (filled > 0) yield fragment.subarray(0, filled);
}

function lengthError(actual: number, announced: number): Error {
  return new Error(
    `The evidence file was ${actual > announced ? 'longer' : 'shorter'} than the ${announced} bytes announced; nothing was stored.`,
  );
}

async function wholeOf(content: Buffer | AsyncIterable<Buffer>): Promise<Buffer> {
  if (Buffer.isBuffer(content)) return content;
  const chunks: Buffer[] = [];
  for await (const chunk of content) chunks.push(chunk);
  return Buffer.concat(chunks);
}

interface DriveItem {
  id: string;
  webUrl?: string;
}

function driveItemOf(body: unknown): DriveItem {
  const item = body as { id?: unknown; webUrl?: unknown };
  if (typeof item.id !== 'string')
    throw new Error('Microsoft Graph answered an upload without a drive item id.');
  return { id: item.id, webUrl: typeof item.webUrl === 'string' ? item.webUrl : undefined };
}

/** SharePoint refuses " * : < > ? / \ | in names, and leading or trailing spaces and dots. */
function safeSegment(segment: string): string {
  return segment
    .replace(/["*:<>?/\\|#%]/g, '_')
    .replace(/^[\s.]+|[\s.]+$/g, '')
    .slice(0, 200);
}

async function graphError(response: Response, what: string): Promise<Error> {
  const body = await response.text().catch(() => '');
  const hint =
    response.status === 401 || response.status === 403
      ? ' Give the app registration Files.ReadWrite.All (or Sites.Selected on the site) and check IKBOT_SHAREPOINT_DRIVE_ID.'
      : response.status === 409
        ? ' A file with that name is already there; nothing was overwritten.'
        : '';
  return new Error(
    `Microsoft Graph refused to ${what} an evidence file: HTTP ${response.status} ${body.slice(0, 200)}.${hint}`,
  );
}
