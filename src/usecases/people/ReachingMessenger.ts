import type { DeliveryOutcome, Messenger, OutgoingMessage, Recipient } from '../../domain/ports/Messenger';
import type { PeopleDirectory } from '../../domain/ports/PeopleDirectory';
import type {
  Reachability,
  ReachabilityRepository,
  UnreachableReason,
} from '../../domain/ports/ReachabilityRepository';

type Failure = Extract<DeliveryOutcome, { ok: false }>;

export interface ReachingMessengerOptions {
  inner: Messenger;
  reachability: ReachabilityRepository;
  /** Microsoft Graph; undefined = ikbot cannot install the app for anyone and says so. */
  directory?: PeopleDirectory;
  logger: { info(obj: object, msg: string): void; warn(obj: object, msg: string): void };
  now(): Date;
  /** A requested installation is not requested again for this long (the install event may be slow). */
  reinstallAfterMs?: number;
}

/** Teams' 403/404 codes that mean the bot has no chat with the person: the app is not installed for them. */
const NOT_INSTALLED = new Set([
  'BotNotInConversationRoster',
  'ConversationNotFound',
  'MemberNotFoundInConversation',
  'NoStoredConversation',
  'Forbidden',
]);

/** What a permanent Teams failure says about the person, before asking the directory. */
export function reasonOfTeamsFailure(outcome: Failure): UnreachableReason | undefined {
  if (!outcome.permanent) return undefined;
  if (outcome.code === 'ConversationBlockedByUser') return 'blockedByUser';
  if (outcome.code === 'BotDisabledByAdmin' || outcome.code === 'BotDisabledByTenantAdmin')
    return 'blockedByPolicy';
  if ((outcome.code && NOT_INSTALLED.has(outcome.code)) || outcome.status === 403 || outcome.status === 404) {
    return 'appNotInstalled';
  }
  return undefined;
}

/**
 * The messenger the reminder pass uses: delivery as the inner messenger does it, and when Teams says
 * a person cannot be reached, why (recorded for the manager's digest and `people check`). When the
 * app is not installed for them and Graph is configured, it installs the app for them; Teams then
 * sends the installation event, the conversation is stored and what they missed is queued again
 * (redeliverMissed). Graph failures are recorded, never thrown: other people's reminders go on.
 */
export class ReachingMessenger implements Messenger {
  private known = new Map<string, Reachability>();

  constructor(private readonly options: ReachingMessengerOptions) {}

  async prepare(recipients: readonly Recipient[]): Promise<void> {
    await this.options.inner.prepare?.(recipients);
    const records = await this.options.reachability.unreachable(recipients.map((r) => r.aadObjectId));
    this.known = new Map(records.map((record) => [record.aadObjectId, record]));
  }

  sendToConversation(conversationKey: string, message: OutgoingMessage): Promise<DeliveryOutcome> {
    return this.options.inner.sendToConversation(conversationKey, message);
  }

  async sendToPerson(recipient: Recipient, message: OutgoingMessage): Promise<DeliveryOutcome> {
    const outcome = await this.options.inner.sendToPerson(recipient, message);
    if (outcome.ok) {
      if (this.known.delete(recipient.aadObjectId))
        await this.options.reachability.markReachable(recipient.aadObjectId);
      return outcome;
    }
    const teamsReason = reasonOfTeamsFailure(outcome);
    if (!teamsReason) return outcome;
    const { reason, detail, installRequestedAt } = await this.diagnose(recipient, teamsReason, outcome);
    const previous = this.known.get(recipient.aadObjectId);
    const record = {
      aadObjectId: recipient.aadObjectId,
      tenantId: recipient.tenantId,
      reason,
      detail,
      ...((installRequestedAt ?? previous?.installRequestedAt)
        ? { installRequestedAt: installRequestedAt ?? previous?.installRequestedAt }
        : {}),
      updatedAt: this.options.now(),
    };
    await this.options.reachability.markUnreachable(record);
    this.known.set(recipient.aadObjectId, { ...record, since: previous?.since ?? record.updatedAt });
    return { ...outcome, unreachable: reason };
  }

  private async diagnose(
    recipient: Recipient,
    teamsReason: UnreachableReason,
    outcome: Failure,
  ): Promise<{ reason: UnreachableReason; detail: string; installRequestedAt?: Date }> {
    const teamsSaid = `Teams: ${outcome.status ?? ''} ${outcome.code ?? ''}`.trim();
    const { directory, logger } = this.options;
    if (teamsReason !== 'appNotInstalled') return { reason: teamsReason, detail: teamsSaid };
    if (!directory) {
      return {
        reason: 'appNotInstalled',
        detail: `${teamsSaid}; Microsoft Graph is not configured, so ikbot cannot install itself: install the app for them with a Teams app setup policy, or set IKBOT_GRAPH_CREDENTIAL.`,
      };
    }
    const previous = this.known.get(recipient.aadObjectId);
    const waitMs = this.options.reinstallAfterMs ?? 24 * 3600_000;
    if (
      previous?.installRequestedAt &&
      this.options.now().getTime() - previous.installRequestedAt.getTime() < waitMs
    ) {
      return { reason: 'installPending', detail: `${teamsSaid}; installation requested, waiting for Teams` };
    }
    try {
      const user = await directory.getUser(recipient.aadObjectId);
      if (!user) return { reason: 'accountUnknown', detail: `${teamsSaid}; Graph: no such user` };
      if (!user.accountEnabled)
        return { reason: 'accountDisabled', detail: `${teamsSaid}; Graph: accountEnabled false` };
      const installed = await directory.installApp(recipient.aadObjectId);
      if (installed.ok) {
        logger.info(
          { aadObjectId: recipient.aadObjectId, alreadyInstalled: installed.alreadyInstalled },
          'Installed ikbot for a person Teams could not reach; their reminders are sent again once Teams reports the installation.',
        );
        return {
          reason: 'installPending',
          detail: `${teamsSaid}; ${installed.alreadyInstalled ? 'already installed' : 'installed'} through Graph, waiting for Teams`,
          installRequestedAt: this.options.now(),
        };
      }
      logger.warn(
        { aadObjectId: recipient.aadObjectId, reason: installed.reason, detail: installed.detail },
        'Could not install ikbot for a person through Microsoft Graph; check the TeamsAppInstallation.ReadWriteSelfForUser.All permission (admin consent), the app catalog and app permission policies.',
      );
      return {
        reason: installed.reason === 'forbidden' ? 'blockedByPolicy' : 'appNotInstalled',
        detail: `${teamsSaid}; installation failed: ${installed.detail}`.slice(0, 500),
      };
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      logger.warn(
        { aadObjectId: recipient.aadObjectId, error: message },
        'Microsoft Graph failed while checking a person ikbot could not reach; the next pass tries again.',
      );
      return { reason: 'appNotInstalled', detail: `${teamsSaid}; Graph: ${message}`.slice(0, 500) };
    }
  }
}
