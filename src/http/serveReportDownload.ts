import type { Request, Response } from 'restify';
import type { ReportDownloadRepository } from '../domain/ports/ReportDownloadRepository';
import { reportMessagesFor } from '../i18n/reportMessages';
import type { Logger } from '../logging/createLogger';

const TOKEN = /^[A-Za-z0-9_-]{43}$/;

/**
 * GET /api/reports/:token: the report file behind a download link. Unknown tokens answer 404 and
 * expired ones 410 (and are deleted), each with a plain text saying how to get a new link.
 */
export function serveReportDownload(
  downloads: ReportDownloadRepository,
  now: () => Date,
  logger: Logger,
): (req: Request, res: Response) => Promise<void> {
  const texts = reportMessagesFor('sv');
  const plain = (res: Response, status: number, text: string) => {
    res.writeHead(status, {
      'Content-Type': 'text/plain; charset=utf-8',
      'Cache-Control': 'no-store',
    });
    res.end(text);
  };
  return async (req, res) => {
    const token = String((req.params as Record<string, unknown>).token ?? '');
    try {
      const download = TOKEN.test(token) ? await downloads.find(token) : null;
      if (!download) return plain(res, 404, texts.linkUnknown);
      if (download.expiresAt.getTime() <= now().getTime()) {
        await downloads.delete(token);
        return plain(res, 410, texts.linkExpired);
      }
      const asciiName = download.fileName.replace(/[^A-Za-z0-9._-]/g, '_');
      res.writeHead(200, {
        'Content-Type': download.contentType,
        'Content-Length': download.content.length,
        'Content-Disposition': `attachment; filename="${asciiName}"; filename*=UTF-8''${encodeURIComponent(download.fileName)}`,
        'Cache-Control': 'no-store',
      });
      res.end(download.content);
    } catch (error) {
      logger.error(
        { err: error },
        'Serving a report download failed; check the database connection (collection reportDownloads).',
      );
      if (!res.headersSent)
        plain(
          res,
          500,
          'Rapporten kunde inte hämtas just nu. / The report could not be fetched right now.\n',
        );
    }
  };
}
