import type { Request, Response } from 'restify';
import type { EvidenceContentStore } from '../domain/ports/EvidenceContentStore';
import type { EvidenceRepository } from '../domain/ports/EvidenceRepository';
import { evidenceTexts } from '../i18n/evidenceTexts';
import type { Logger } from '../logging/createLogger';

const TOKEN = /^[A-Za-z0-9_-]{43}$/;

/**
 * GET /api/evidence/:token: the evidence file behind a download link, served as stored. Unknown,
 * expired and removed files answer 404 with a text saying how to get a new link.
 */
export function serveEvidenceDownload(
  evidence: { repository: EvidenceRepository; content: EvidenceContentStore; now(): Date },
  logger: Logger,
): (req: Request, res: Response) => Promise<void> {
  const texts = evidenceTexts('sv');
  const plain = (res: Response, status: number, text: string) => {
    res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' });
    res.end(text);
  };
  return async (req, res) => {
    const token = String((req.params as Record<string, unknown>).token ?? '');
    try {
      const link = TOKEN.test(token) ? await evidence.repository.findLink(token, evidence.now()) : null;
      const file = link ? await evidence.repository.findById(link.fileId) : null;
      if (!file || file.removed) return plain(res, 404, texts.linkUnknown);
      const content = await evidence.content.read(file.storage);
      if (!content) {
        logger.error(
          { fileId: file.id, store: file.storage.store, ref: file.storage.ref },
          'An evidence file is listed but its bytes are missing from the content store; check the GridFS bucket "evidence" or the SharePoint library.',
        );
        return plain(res, 404, texts.linkUnknown);
      }
      const asciiName = file.fileName.replace(/[^A-Za-z0-9._-]/g, '_');
      res.writeHead(200, {
        'Content-Type': file.contentType,
        'Content-Length': content.length,
        'Content-Disposition': `attachment; filename="${asciiName}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
        'X-Content-Type-Options': 'nosniff',
        'Cache-Control': 'no-store',
      });
      res.end(content);
    } catch (error) {
      logger.error(
        { err: error },
        'Serving an evidence file failed; check the database connection and the evidence store (IKBOT_EVIDENCE_STORE).',
      );
      if (!res.headersSent) plain(res, 500, texts.linkFailed);
    }
  };
}
