import cron from 'node-cron';
import type { Logger } from '../logging/createLogger';

export interface SchedulerOptions {
  tickCron: string;
  timeZone: string;
  logger: Logger;
  /** The reminder pass (the same use case as `ikbot tick`); `signal` aborts when the scheduler stops. */
  tick(signal: AbortSignal): Promise<unknown>;
}

export interface RunningScheduler {
  /**
   * Stops scheduling, tells a pass in progress to stop (it hands back what it has not sent and gives
   * a send in flight a short deadline) and waits for it, so the database can be closed after it.
   */
  stop(): Promise<void>;
}

/**
 * Runs the reminder pass on node-cron in the organisation's time zone. A pass that is still running
 * when the next tick comes is not started twice in this process (other instances are kept apart by
 * the outbox's claims).
 */
export function startScheduler(options: SchedulerOptions): RunningScheduler {
  let running: Promise<void> | undefined;
  const stopping = new AbortController();
  const runPass = (): void => {
    if (stopping.signal.aborted) return;
    if (running) {
      options.logger.info({}, 'Reminder pass still running; skipping this tick.');
      return;
    }
    running = options
      .tick(stopping.signal)
      .then(
        () => undefined,
        (error: unknown) => {
          options.logger.error(
            { err: error },
            'The reminder pass failed; the next tick tries again. Check the database connection and the error above.',
          );
        },
      )
      .finally(() => {
        running = undefined;
      });
  };
  const task = cron.schedule(options.tickCron, runPass, {
    timezone: options.timeZone,
    name: 'reminder-pass',
  });
  return {
    stop: async () => {
      stopping.abort();
      await task.stop();
      await task.destroy();
      await running;
    },
  };
}
