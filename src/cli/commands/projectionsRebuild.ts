import { rebuildProjections } from '../../app/rebuildProjections';
import pino from 'pino';
import { CliUsageError, type CliCommand } from '../CliContext';

/**
 * `ikbot projections rebuild`: recomputes the digest counters and report lines from the stored
 * occasions (the nightly job, now). For a database restored from a backup, or after the bot
 * stopped between storing a result and counting it.
 */
export const projectionsRebuildCommand: CliCommand = {
  name: 'projections rebuild',
  usage: 'ikbot projections rebuild [--plan <plan id>]',
  description:
    'Recomputes the digest counters and the report lines of every plan (or one) from the stored occasions. Prints one JSON line per run.',
  run: async (context) => {
    const planId = context.options.plan;
    if (planId !== undefined && (typeof planId !== 'string' || planId.trim() === '')) {
      throw new CliUsageError(
        '--plan ska följas av en plans id, t.ex. --plan VAG-SOF-2025 (se `ikbot plan show`).\n' +
          '--plan needs a plan id, e.g. --plan VAG-SOF-2025 (see `ikbot plan show`).',
      );
    }
    const { db } = await context.database();
    // Logs on stderr: stdout carries the JSON summary.
    const logger = pino({ name: 'ikbot', level: context.config.logLevel }, pino.destination(2));
    const summary = await rebuildProjections(db, logger, planId ? { planId } : {});
    if (planId && summary.plans.length === 0) {
      context.err.write(
        `Det finns ingen plan med id ”${planId}”. Se planernas id med \`ikbot plan show\`.\n` +
          `No stored plan has the id "${planId}". See the ids with \`ikbot plan show\`.\n`,
      );
      return 1;
    }
    context.out.write(`${JSON.stringify(summary)}\n`);
    return 0;
  },
};
