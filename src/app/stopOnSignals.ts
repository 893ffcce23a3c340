import type { Logger } from '../logging/createLogger';
import type { RunningApp } from './startApp';

/** How long a graceful stop may take before the database is closed regardless (container runtimes wait 10 s). */
const STOP_DEADLINE_MS = 8_000;
/** Signals closer together than this are one request to stop (see below), not a second one. */
const SAME_PRESS_MS = 1_000;

/**
 * SIGTERM or SIGINT stops the bot gracefully within STOP_DEADLINE_MS and exits 0; past the deadline,
 * or on a second signal, the database is closed at once (the embedded one never outlives the bot)
 * and the process exits 1. Reminders not yet sent stay in the outbox for the next pass.
 */
export function stopOnSignals(
  app: Pick<RunningApp, 'stop' | 'abandon'>,
  logger: Logger,
  /** Runs after a graceful stop (e.g. sends the last telemetry); the same deadline applies. */
  afterStop: () => Promise<void> = async () => undefined,
): void {
  let stoppingSince: number | undefined;
  const shutdown = (signal: NodeJS.Signals): void => {
    if (stoppingSince !== undefined) {
      // Ctrl-C under `npm start` reaches node twice (from the terminal and forwarded by npm): one press.
      if (Date.now() - stoppingSince < SAME_PRESS_MS) return;
      // A second signal: do not wait for anything, but never leave the embedded database behind.
      logger.warn(`${signal} again: stopping now; work in flight is abandoned.`);
      void app.abandon().finally(() => process.exit(1));
      return;
    }
    stoppingSince = Date.now();
    logger.info(
      `${signal} received: finishing turns in flight and the reminder being sent (at most ${STOP_DEADLINE_MS / 1000} s), then stopping. Send it again to stop at once.`,
    );
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<'late'>((resolve) => {
      timer = setTimeout(() => resolve('late'), STOP_DEADLINE_MS);
    });
    Promise.race([
      app
        .stop()
        .then(() => afterStop().catch(() => undefined))
        .then(() => 'stopped' as const),
      deadline,
    ])
      .then(async (outcome) => {
        clearTimeout(timer);
        if (outcome === 'stopped') process.exit(0);
        logger.error(
          `Stopping took longer than ${STOP_DEADLINE_MS / 1000} s; closing the database and exiting. Unsent reminders stay in the outbox for the next pass.`,
        );
        await app.abandon();
        process.exit(1);
      })
      .catch(async (error: unknown) => {
        logger.error({ err: error }, 'Shutdown did not complete cleanly.');
        await app.abandon();
        process.exit(1);
      });
  };
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));
}
