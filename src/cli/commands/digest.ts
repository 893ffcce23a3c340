import pino from 'pino';
import { MongoConversationRepository } from '../../storage/mongo/MongoConversationRepository';
import { MongoDigestQueries } from '../../storage/mongo/MongoDigestQueries';
import { MongoDigestSnapshots } from '../../storage/mongo/MongoDigestSnapshots';
import { MongoPlanRepository } from '../../storage/mongo/MongoPlanRepository';
import { MongoSubscriptionRepository } from '../../storage/mongo/MongoSubscriptionRepository';
import { createAdapter } from '../../teams/createAdapter';
import { TeamsMessenger } from '../../teams/TeamsMessenger';
import { sendWeeklyDigests } from '../../usecases/sendWeeklyDigests';
import { CliUsageError, type CliCommand } from '../CliContext';

/** `ikbot digest`: the weekly digests now (the same use case as the schedule), for tests and external schedulers. */
export const digestCommand: CliCommand = {
  name: 'digest',
  usage: 'ikbot digest [--now <ISO time>]',
  description:
    'Sends the leadership digest to every subscribed channel and each responsible manager their own digest, now. --now pretends it is that time.',
  run: async (context) => {
    let now = context.now();
    if (context.options.now !== undefined) {
      const raw = String(context.options.now);
      now = new Date(raw);
      if (!/^\d{4}-\d{2}-\d{2}T/.test(raw) || Number.isNaN(now.getTime())) {
        throw new CliUsageError(
          `--now must be an ISO time with a zone, e.g. 2025-06-16T07:00:00+02:00; got "${raw}".`,
        );
      }
    }
    const { config } = context;
    const logger = pino({ name: 'ikbot', level: config.logLevel }, pino.destination(2));
    const { db } = await context.database();
    const messenger = new TeamsMessenger({
      adapter: createAdapter(config, logger),
      conversations: new MongoConversationRepository(db),
      appId: config.microsoft.appId,
      serviceUrl: config.reminders.serviceUrl,
      logger,
      now: () => now,
    });
    const summary = await sendWeeklyDigests(
      {
        plans: new MongoPlanRepository(db),
        queries: new MongoDigestQueries(db),
        snapshots: new MongoDigestSnapshots(db),
        subscriptions: new MongoSubscriptionRepository(db),
        messenger,
        timeZone: config.timeZone,
        tenantId: config.allowedTenants[0] ?? config.microsoft.tenantId,
      },
      now,
    );
    context.out.write(`${JSON.stringify(summary)}\n`);
    return summary.channelsFailed.length + summary.managersFailed.length > 0 ? 1 : 0;
  },
};
