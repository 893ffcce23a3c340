import { snapshotOf } from '../domain/digests/buildLeadershipDigest';
import { digestPeriodOf } from '../domain/digests/digestPeriodOf';
import type { Messenger } from '../domain/ports/Messenger';
import type { PlanRepository } from '../domain/ports/PlanRepository';
import { localDateOf } from '../domain/schedule/localDateOf';
import { renderLeadershipDigest } from '../cards/renderLeadershipDigest';
import { renderManagerDigest } from '../cards/renderManagerDigest';
import { digestTexts } from '../i18n/digestTexts';
import { computeLeadershipDigest } from './computeLeadershipDigest';
import { computeManagerDigests } from './computeManagerDigests';
import type { DigestPorts } from './DigestPorts';
import { plansForDigest } from './plansForDigest';

export interface WeeklyDigestDeps extends DigestPorts {
  plans: PlanRepository;
  messenger: Messenger;
  timeZone: string;
  /** The organisation's tenant: 1:1 conversations with managers are created in it. */
  tenantId: string;
}

export interface WeeklyDigestSummary {
  plans: number;
  channelsSent: number;
  channelsFailed: Array<{ key: string; reason: string }>;
  managersSent: number;
  managersFailed: Array<{ name: string; reason: string }>;
  /** Managers without an Entra ID object id in the plan: they cannot be reached in Teams. */
  managersUnreachable: string[];
}

/**
 * The weekly run: the leadership digest of every plan of the year (and of last year's plan while its
 * occasions are still falling due) to every subscribed channel, then
 * each responsible manager's digest 1:1, then this week's snapshot (for next week's change).
 * A failed send is recorded in the summary and does not stop the others.
 */
export async function sendWeeklyDigests(deps: WeeklyDigestDeps, now: Date): Promise<WeeklyDigestSummary> {
  const today = localDateOf(now, deps.timeZone);
  const period = digestPeriodOf('', today);
  if (!period) throw new Error(`No digest period for ${today}.`);
  const summary: WeeklyDigestSummary = {
    plans: 0,
    channelsSent: 0,
    channelsFailed: [],
    managersSent: 0,
    managersFailed: [],
    managersUnreachable: [],
  };
  const plans = await plansForDigest(deps.plans, today);
  const subscriptions = await deps.subscriptions.list();
  for (const { plan } of plans) {
    summary.plans += 1;
    const computed = await computeLeadershipDigest(deps, plan, period, today);
    for (const subscription of subscriptions) {
      const card = renderLeadershipDigest({ locale: subscription.locale, ...computed });
      const outcome = await deps.messenger.sendToConversation(subscription.key, {
        text: digestTexts(subscription.locale).leadershipHeading,
        card,
      });
      if (outcome.ok) summary.channelsSent += 1;
      else summary.channelsFailed.push({ key: subscription.key, reason: outcome.reason });
    }
    for (const digest of await computeManagerDigests(deps, plan, period, today)) {
      const { person } = digest;
      if (!person.aadObjectId) {
        summary.managersUnreachable.push(person.name);
        continue;
      }
      const outcome = await deps.messenger.sendToPerson(
        { aadObjectId: person.aadObjectId, tenantId: deps.tenantId, name: person.name },
        {
          text: digestTexts(person.locale).managerHeading,
          card: renderManagerDigest({ locale: person.locale, digest }),
        },
      );
      if (outcome.ok) summary.managersSent += 1;
      else summary.managersFailed.push({ name: person.name, reason: outcome.reason });
    }
    await deps.snapshots.save(snapshotOf(computed.digest));
  }
  return summary;
}
