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
import { deliverOnce, type DeliverOnceDeps } from './deliverOnce';
import { plansForDigest } from './plansForDigest';

export interface WeeklyDigestDeps extends DigestPorts, Omit<DeliverOnceDeps, 'clock'> {
  /** Wall clock for the deliveries' claims and attempts (default: the real one; `now` may be simulated). */
  clock?(): Date;
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
  /** Digests this week's run (another bot process, or an earlier run today) already sent: not sent again. */
  alreadySent: number;
}

/**
 * The weekly run: the leadership digest of every plan of the year (and of last year's plan while its
 * occasions are still falling due) to every subscribed channel, then
 * each responsible manager's digest 1:1, then this week's snapshot (for next week's change).
 * Each digest goes through its own delivery record (deliverOnce, not the reminder outbox): sent once
 * per recipient and day even with two bot processes or a re-run, retried on 429/5xx honouring
 * Retry-After, the outcome recorded. A failed send is recorded in the summary and does not
 * stop the others.
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
    alreadySent: 0,
  };
  const delivery: DeliverOnceDeps = { ...deps, clock: deps.clock ?? (() => new Date()) };
  const plans = await plansForDigest(deps.plans, today);
  const subscriptions = await deps.subscriptions.list();
  for (const { plan } of plans) {
    summary.plans += 1;
    const computed = await computeLeadershipDigest(deps, plan, period, today);
    for (const subscription of subscriptions) {
      const card = renderLeadershipDigest({ locale: subscription.locale, ...computed });
      const outcome = await deliverOnce(delivery, digestId(today, plan.id, subscription.key), () =>
        deps.messenger.sendToConversation(subscription.key, {
          text: digestTexts(subscription.locale).leadershipHeading,
          card,
        }),
      );
      if (outcome.ok) summary.channelsSent += 1;
      else if ('alreadySent' in outcome) summary.alreadySent += 1;
      else summary.channelsFailed.push({ key: subscription.key, reason: outcome.reason });
    }
    for (const digest of await computeManagerDigests(deps, plan, period, today)) {
      const { person } = digest;
      if (!person.aadObjectId) {
        summary.managersUnreachable.push(person.name);
        continue;
      }
      const recipient = { aadObjectId: person.aadObjectId, tenantId: deps.tenantId, name: person.name };
      const outcome = await deliverOnce(
        delivery,
        digestId(today, plan.id, `person:${person.aadObjectId}`),
        () =>
          deps.messenger.sendToPerson(recipient, {
            text: digestTexts(person.locale).managerHeading,
            card: renderManagerDigest({ locale: person.locale, digest }),
          }),
      );
      if (outcome.ok) summary.managersSent += 1;
      else if ('alreadySent' in outcome) summary.alreadySent += 1;
      else summary.managersFailed.push({ name: person.name, reason: outcome.reason });
    }
    await deps.snapshots.save(snapshotOf(computed.digest));
  }
  // A delivery's key holds its day, so records older than any re-run of that day are only history.
  await deps.deliveries.purge(new Date(now.getTime() - RETAIN_DELIVERIES_MS));
  return summary;
}

const RETAIN_DELIVERIES_MS = 90 * 24 * 3600_000;

/** One digest of one plan to one channel or person on one day: sent at most once. */
function digestId(today: string, planId: string, recipientKey: string): string {
  return `digest|${today}|${planId}|${recipientKey}`;
}
