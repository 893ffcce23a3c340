import { createReminderTick } from '../../app/createReminderTick';
import { cliNow } from '../cliNow';
import { createCliMessenger } from '../createCliMessenger';
import { CliUsageError, type CliCommand, type CliContext } from '../CliContext';

function numberOption(context: CliContext, name: string, min: number): number | undefined {
  const raw = context.options[name];
  if (raw === undefined) return undefined;
  if (typeof raw !== 'string' || !/^\d+(\.\d+)?$/.test(raw) || Number(raw) < min) {
    throw new CliUsageError(`--${name} needs a number of at least ${min}, got "${String(raw)}".`);
  }
  return Number(raw);
}

/**
 * `ikbot tick`: one reminder pass, the same use case the built-in scheduler runs, for external
 * schedulers and tests. Prints the pass summary as one JSON line; logs go to stderr.
 */
export const tickCommand: CliCommand = {
  name: 'tick',
  usage: 'ikbot tick [--now <ISO time>] [--lease-seconds <n>] [--rate <per second>]',
  description:
    'Runs one reminder pass: creates the reminders due now and delivers them (once) through Teams. --now pretends it is that time.',
  run: async (context) => {
    const now = cliNow(context);
    const leaseSeconds = numberOption(context, 'lease-seconds', 1);
    const rate = numberOption(context, 'rate', 1);
    const { config } = context;
    const { db } = await context.database();
    const { messenger, logger } = createCliMessenger(config, db, now);
    const tick = createReminderTick(config, db, messenger, logger, () => now);
    const summary = await tick({
      ...(leaseSeconds !== undefined ? { leaseMs: leaseSeconds * 1000 } : {}),
      ...(rate !== undefined ? { ratePerSecond: rate } : {}),
    });
    context.out.write(`${JSON.stringify({ ...summary, problems: summary.problems.length })}\n`);
    return 0;
  },
};
