import restify, { type Server } from 'restify';
import type { ActivityHandler } from 'botbuilder';
import type { ReportDownloadRepository } from '../domain/ports/ReportDownloadRepository';
import type { Logger } from '../logging/createLogger';
import { servePublicPages } from './publicPages';
import { receiveActivity, type ActivityReceiver } from './receiveActivity';
import { serveEvidenceDownload } from './serveEvidenceDownload';
import { serveReportDownload } from './serveReportDownload';

export interface HttpServer {
  server: Server;
  /** Stops taking requests and waits (up to timeoutMs) for turns in flight to finish. */
  drain(timeoutMs: number): Promise<void>;
}

export interface ServerDependencies {
  adapter: ActivityReceiver;
  bot: ActivityHandler;
  logger: Logger;
  isReady(): Promise<boolean>;
  /** Report files behind download links (GET /api/reports/:token); the route is absent without it. */
  reportDownloads?: { downloads: ReportDownloadRepository; now(): Date };
  /** Evidence files behind download links (GET /api/evidence/:token); the route is absent without it. */
  evidenceDownloads?: Parameters<typeof serveEvidenceDownload>[0];
}

export function createServer({
  adapter,
  bot,
  logger,
  isReady,
  reportDownloads,
  evidenceDownloads,
}: ServerDependencies): HttpServer {
  const server = restify.createServer({ name: 'ikbot', handleUncaughtExceptions: false });
  // No body parser: restify's would accept multipart and write it to disk before any token check.
  // /api/messages reads JSON itself (receiveActivity); no other route takes a body.
  const handleActivity = receiveActivity(adapter, bot, logger);
  let inFlight = 0;
  let draining = false;
  const idleWaiters: Array<() => void> = [];

  server.post('/api/messages', async (req, res) => {
    if (draining) {
      res.header('Retry-After', '5');
      res.send(503, { error: 'ikbot is shutting down; retry shortly.' });
      return;
    }
    inFlight += 1;
    try {
      await handleActivity(req, res);
    } catch (error) {
      logger.error({ err: error }, 'Processing an activity failed before the bot could answer it.');
      if (!res.headersSent) res.send(500);
    } finally {
      inFlight -= 1;
      if (inFlight === 0) idleWaiters.splice(0).forEach((wake) => wake());
    }
  });

  servePublicPages(server);

  server.get('/healthz', async (_req, res) => {
    res.send(200, { status: 'ok' });
  });

  server.get('/readyz', async (_req, res) => {
    const ready = !draining && (await isReady());
    res.send(ready ? 200 : 503, { status: ready ? 'ready' : 'not ready', database: ready ? 'up' : 'down' });
  });

  if (reportDownloads) {
    server.get(
      '/api/reports/:token',
      serveReportDownload(reportDownloads.downloads, reportDownloads.now, logger),
    );
  }

  if (evidenceDownloads) {
    server.get('/api/evidence/:token', serveEvidenceDownload(evidenceDownloads, logger));
  }

  return {
    server,
    drain: async (timeoutMs) => {
      draining = true;
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      const idle =
        inFlight === 0 ? Promise.resolve() : new Promise<void>((resolve) => idleWaiters.push(resolve));
      const timeout = new Promise<void>((resolve) => setTimeout(resolve, timeoutMs).unref());
      await Promise.race([Promise.all([closed, idle]).then(() => undefined), timeout]);
    },
  };
}
