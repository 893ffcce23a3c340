import cron from 'node-cron';
import type { Logger } from '../logging/createLogger';

export interface CronJobOptions {
  /** node-cron name, also used in logs. */
  name: string;
  cron: string;
  timeZone: string;
  logger: Logger;
  run(): Promise<unknown>;
  /** Logged with the run's result when it succeeds. */
  doneMessage: string;
  /** Logged with the error when it fails: say what to do next. */
  failedMessage: string;
}

export interface RunningCronJob {
  /** Stops scheduling and waits for a run in progress, so the database can be closed after it. */
  stop(): Promise<void>;
}

/** Runs a job on node-cron in the organisation's time zone; never two runs at once in this process. */
export function startCronJob(options: CronJobOptions): RunningCronJob {
  let running: Promise<void> | undefined;
  const task = cron.schedule(
    options.cron,
    () => {
      if (running) return;
      running = options
        .run()
        .then(
          (summary) => options.logger.info({ summary }, options.doneMessage),
          (error: unknown) => options.logger.error({ err: error }, options.failedMessage),
        )
        .finally(() => {
          running = undefined;
        });
    },
    { timezone: options.timeZone, name: options.name },
  );
  return {
    stop: async () => {
      await task.stop();
      await task.destroy();
      await running;
    },
  };
}
