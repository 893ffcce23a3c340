import type { Logger } from '../logging/createLogger';
import { startCronJob, type RunningCronJob } from './startCronJob';

export interface DigestScheduleOptions {
  /** IKBOT_DIGEST_CRON, e.g. "0 7 * * 1" (Mondays 07:00). */
  digestCron: string;
  timeZone: string;
  logger: Logger;
  /** The weekly digests (the same use case as `ikbot digest`). */
  run(): Promise<unknown>;
}

export type RunningDigestSchedule = RunningCronJob;

/** Sends the weekly digests on node-cron in the organisation's time zone; never two runs at once. */
export function startDigestSchedule(options: DigestScheduleOptions): RunningDigestSchedule {
  return startCronJob({
    name: 'weekly-digests',
    cron: options.digestCron,
    timeZone: options.timeZone,
    logger: options.logger,
    run: options.run,
    doneMessage: 'Weekly digests sent.',
    failedMessage:
      'The weekly digests failed; run `ikbot digest` to send them now once the cause (see the error) is fixed.',
  });
}
