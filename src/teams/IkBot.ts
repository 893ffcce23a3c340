import { ActivityHandler, TurnContext, type AdaptiveCardInvokeValue, type InvokeResponse } from 'botbuilder';
import { conversationKey, personalKey } from '../domain/ports/ConversationRepository';
import { messagesFor } from '../i18n/messages';
import { redeliverMissed } from '../usecases/people/redeliverMissed';
import { plansReadOnce } from '../usecases/plans/plansReadOnce';
import type { BotServices } from './BotServices';
import { dispatchCardAction } from './cardActions/dispatchCardAction';
import { findCommand } from './commands/commandTable';
import { evidenceAttachmentOf } from './evidence/evidenceAttachment';
import { handleEvidenceUpload } from './evidence/handleEvidenceUpload';
import { handlePlanUpload } from './planUpload/handlePlanUpload';
import { planFileAttachmentOf } from './planUpload/planFileAttachment';
import { handleFileConsent } from './reports/handleFileConsent';
import { needsDatabase, replyDatabaseUnavailable } from './replyDatabaseUnavailable';
import { planLocaleOf } from './planLocaleOf';
import { PLAN_LOCALE, turnInfo, type TurnInfo } from './turnInfo';

/** The services of the turn in progress (turnState key): the plans read at most once per turn. */
const TURN_SERVICES = Symbol('ikbot.turnServices');

/** Routes Teams activities to the use cases. One instance serves every turn. */
export class IkBot extends ActivityHandler {
  constructor(private readonly services: BotServices) {
    super();
    this.onInstallationUpdateAdd(async (context, next) => {
      const info = turnInfo(context);
      await this.rememberConversation(context, info);
      // Welcome on the first install only: an app upgrade (action add-upgrade) greets nobody again.
      if (info.kind === 'personal' && context.activity.action === 'add')
        await context.sendActivity(messagesFor(info.locale).welcome(info.userName));
      await this.resendMissed(info);
      await next();
    });
    this.onInstallationUpdateRemove(async (context, next) => {
      const info = turnInfo(context);
      const key =
        info.kind === 'personal' && info.aadObjectId
          ? personalKey(info.aadObjectId)
          : conversationKey(info.conversationId);
      await this.services.conversations.markUninstalled(key, this.services.now());
      await next();
    });
    this.onMembersAdded(async (context, next) => {
      const info = turnInfo(context);
      await this.rememberConversation(context, info);
      // Teams greets through installationUpdate; the Bot Framework Emulator only sends conversationUpdate.
      const userJoined = (context.activity.membersAdded ?? []).some(
        (m) => m.id !== context.activity.recipient.id,
      );
      if (context.activity.channelId !== 'msteams' && info.kind === 'personal' && userJoined) {
        await context.sendActivity(messagesFor(info.locale).welcome(info.userName));
      }
      await next();
    });
    this.onMessage(async (context, next) => {
      await this.handleMessage(context);
      await next();
    });
  }

  override async run(context: TurnContext): Promise<void> {
    const info = turnInfo(context);
    const allowed = this.services.config.allowedTenants;
    // The configured ids are lower-case; Teams may send a tenant id in either case.
    if (allowed.length > 0 && (!info.tenantId || !allowed.includes(info.tenantId.toLowerCase()))) {
      this.services.logger.warn(
        { tenantId: info.tenantId, type: context.activity.type },
        'Refused a request from a tenant not in IKBOT_ALLOWED_TENANTS; add the tenant there if it should be served.',
      );
      if (context.activity.type === 'message')
        await context.sendActivity(messagesFor(info.locale).wrongTenant);
      if (context.activity.type === 'invoke') {
        await context.sendActivity({
          type: 'invokeResponse',
          value: {
            status: 200,
            body: {
              statusCode: 403,
              type: 'application/vnd.microsoft.error',
              value: { code: 'Forbidden', message: messagesFor(info.locale).wrongTenant },
            },
          } satisfies InvokeResponse,
        });
      }
      return;
    }
    const health = this.services.databaseHealth;
    if (health && !health.available() && needsDatabase(context, info.text)) {
      await replyDatabaseUnavailable(context, info.locale, this.services.logger);
      return;
    }
    // The person's language from the plan wins over the client's (read once per turn, after the tenant
    // check). Without the database the client's language stands, so hjälp still answers.
    // One turn reads the plans once: the person's language here, then the card action or command.
    const services: BotServices = { ...this.services, plans: plansReadOnce(this.services.plans) };
    context.turnState.set(TURN_SERVICES, services);
    const planLocale = await planLocaleOf(services.plans, context.activity.from?.aadObjectId).catch(
      (error: unknown) => {
        if (!health?.isOutage(error)) throw error;
        return undefined;
      },
    );
    if (planLocale) context.turnState.set(PLAN_LOCALE, planLocale);
    try {
      await super.run(context);
    } catch (error) {
      if (!health?.isOutage(error)) throw error;
      await replyDatabaseUnavailable(context, info.locale, this.services.logger);
    }
  }

  /** fileConsent/invoke (a report's file consent card) is ours; every other invoke goes to botbuilder. */
  protected override async onInvokeActivity(context: TurnContext): Promise<InvokeResponse> {
    if (context.activity.name === 'fileConsent/invoke') {
      await handleFileConsent(context, this.servicesOf(context));
      return { status: 200 };
    }
    if (context.activity.name === 'adaptiveCard/action') {
      // Universal Actions: HTTP 200 always; the body's statusCode says card (200) or error (4xx/5xx).
      const value = (context.activity.value ?? {}) as AdaptiveCardInvokeValue;
      return { status: 200, body: await dispatchCardAction(context, value, this.servicesOf(context)) };
    }
    const response = await super.onInvokeActivity(context);
    // botbuilder answers invokes it has no handler for with 501; for the sender that is a bad request.
    if (response.status === 501) {
      this.services.logger.info(
        { name: context.activity.name },
        'Refused an invoke ikbot does not handle (400); no feature of the app package sends it.',
      );
      return { status: 400 };
    }
    return response;
  }

  /** The services of this turn (set in run); the shared ones outside a turn. */
  private servicesOf(context: TurnContext): BotServices {
    return (context.turnState.get(TURN_SERVICES) as BotServices | undefined) ?? this.services;
  }

  private async handleMessage(context: TurnContext): Promise<void> {
    const info = turnInfo(context);
    const services = this.servicesOf(context);
    // While the database is down only answers that need none get here (help): skip remembering.
    const databaseUp = this.services.databaseHealth?.available() ?? true;
    if (info.kind === 'personal' && databaseUp) await this.rememberConversation(context, info);
    // After "Bifoga underlag", the person's next files are evidence for that occasion.
    const evidence = info.kind === 'personal' ? evidenceAttachmentOf(context.activity) : undefined;
    if (evidence && info.aadObjectId && databaseUp) {
      const request = await this.services.evidence.repository.pendingUpload(
        info.aadObjectId,
        this.services.now(),
      );
      if (request) {
        await handleEvidenceUpload(context, info, evidence, request, services);
        return;
      }
    }
    // A shared file comes before commands: its message has no text (or text about the file).
    const file = planFileAttachmentOf(context.activity);
    if (file) {
      await handlePlanUpload(context, info, file, services);
      return;
    }
    const found = findCommand(info.text);
    if (found) {
      await found.command.run({ context, info, match: found.match, services });
      return;
    }
    await context.sendActivity(messagesFor(info.locale).unknownCommand(info.text.slice(0, 80)));
  }

  /** The app was installed for a person: what they missed while unreachable goes out with the next pass. */
  private async resendMissed(info: TurnInfo): Promise<void> {
    if (info.kind !== 'personal' || !info.aadObjectId || !info.tenantId) return;
    const queued = await redeliverMissed(
      this.services,
      { aadObjectId: info.aadObjectId, tenantId: info.tenantId },
      this.services.now(),
    );
    if (queued > 0) {
      this.services.logger.info(
        { aadObjectId: info.aadObjectId, queued },
        'ikbot was installed for a person who had missed reminders; they are sent with the next reminder pass.',
      );
    }
  }

  private async rememberConversation(context: TurnContext, info: TurnInfo): Promise<void> {
    if (!info.tenantId) return;
    const personal = info.kind === 'personal' && info.aadObjectId;
    await this.services.conversations.save({
      key: personal ? personalKey(info.aadObjectId as string) : conversationKey(info.conversationId),
      kind: info.kind,
      tenantId: info.tenantId,
      conversationId: info.conversationId,
      aadObjectId: personal ? info.aadObjectId : undefined,
      name: personal ? info.userName : undefined,
      locale: info.locale,
      reference: TurnContext.getConversationReference(context.activity) as Record<string, unknown>,
      installed: true,
      updatedAt: this.services.now(),
    });
  }
}
