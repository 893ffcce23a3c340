import cron from 'node-cron';
import type { Logger } from '../logging/createLogger';

export interface DigestScheduleOptions {
  /** IKBOT_DIGEST_CRON, e.g. "0 7 * * 1" (Mondays 07:00). */
  digestCron: string;
  timeZone: string;
  logger: Logger;
  /** The weekly digests (the same use case as `ikbot digest`). */
  run(): Promise<unknown>;
}

export interface RunningDigestSchedule {
  /** Stops scheduling and waits for a run in progress, so the database can be closed after it. */
  stop(): Promise<void>;
}

/** Sends the weekly digests on node-cron in the organisation's time zone; never two runs at once. */
export function startDigestSchedule(options: DigestScheduleOptions): RunningDigestSchedule {
  let running: Promise<void> | undefined;
  const task = cron.schedule(
    options.digestCron,
    () => {
      if (running) return;
      running = options
        .run()
        .then(
          (summary) => options.logger.info({ summary }, 'Weekly digests sent.'),
          (error: unknown) =>
            options.logger.error(
              { err: error },
              'The weekly digests failed; run `ikbot digest` to send them now once the cause (see the error) is fixed.',
            ),
        )
        .finally(() => {
          running = undefined;
        });
    },
    { timezone: options.timeZone, name: 'weekly-digests' },
  );
  return {
    stop: async () => {
      await task.stop();
      await task.destroy();
      await running;
    },
  };
}
