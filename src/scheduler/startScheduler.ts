import cron from 'node-cron';
import type { Logger } from '../logging/createLogger';

export interface SchedulerOptions {
  tickCron: string;
  timeZone: string;
  logger: Logger;
  /** The reminder pass (the same use case as `ikbot tick`). */
  tick(): Promise<unknown>;
}

export interface RunningScheduler {
  /** Stops scheduling and waits for a pass in progress, so the database can be closed after it. */
  stop(): Promise<void>;
}

/**
 * Runs the reminder pass on node-cron in the organisation's time zone. A pass that is still running
 * when the next tick comes is not started twice in this process (other instances are kept apart by
 * the outbox's claims).
 */
export function startScheduler(options: SchedulerOptions): RunningScheduler {
  let running: Promise<void> | undefined;
  const runPass = (): void => {
    if (running) {
      options.logger.info({}, 'Reminder pass still running; skipping this tick.');
      return;
    }
    running = options
      .tick()
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
      await task.stop();
      await task.destroy();
      await running;
    },
  };
}
