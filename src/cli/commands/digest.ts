import { MongoDigestQueries } from '../../storage/mongo/digests/MongoDigestQueries';
import { MongoDigestSnapshots } from '../../storage/mongo/digests/MongoDigestSnapshots';
import { MongoPlanRepository } from '../../storage/mongo/plans/MongoPlanRepository';
import { MongoSubscriptionRepository } from '../../storage/mongo/digests/MongoSubscriptionRepository';
import { randomUUID } from 'node:crypto';
import { MongoActionRepository } from '../../storage/mongo/actions/MongoActionRepository';
import { MongoOnceDeliveries } from '../../storage/mongo/outbox/MongoOnceDeliveries';
import { MongoReachabilityRepository } from '../../storage/mongo/people/MongoReachabilityRepository';
import { sendWeeklyDigests } from '../../usecases/sendWeeklyDigests';
import { cliNow } from '../cliNow';
import { createCliMessenger } from '../createCliMessenger';
import type { CliCommand } from '../CliContext';

/** `ikbot digest`: the weekly digests now (the same use case as the schedule), for tests and external schedulers. */
export const digestCommand: CliCommand = {
  name: 'digest',
  usage: 'ikbot digest [--now <ISO time>]',
  description:
    'Sends the leadership digest to every subscribed channel and each responsible manager their own digest, now. --now pretends it is that time.',
  run: async (context) => {
    const now = cliNow(context);
    const { config } = context;
    const { db } = await context.database();
    const { messenger } = createCliMessenger(config, db, now);
    const summary = await sendWeeklyDigests(
      {
        plans: new MongoPlanRepository(db),
        queries: new MongoDigestQueries(db),
        snapshots: new MongoDigestSnapshots(db),
        subscriptions: new MongoSubscriptionRepository(db),
        actions: { repository: new MongoActionRepository(db), policy: config.reminders },
        reachability: new MongoReachabilityRepository(db),
        messenger,
        deliveries: new MongoOnceDeliveries(db),
        owner: `cli-digest-${randomUUID()}`,
        timeZone: config.timeZone,
        tenantId: config.allowedTenants[0] ?? config.microsoft.tenantId,
      },
      now,
    );
    context.out.write(`${JSON.stringify(summary)}\n`);
    return summary.channelsFailed.length + summary.managersFailed.length > 0 ? 1 : 0;
  },
};
