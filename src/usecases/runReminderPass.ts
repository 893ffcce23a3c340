import type { Plan } from '../domain/plan/types';
import { controlIndex } from '../domain/plan/controlIndex';
import type { OccasionPartRepository } from '../domain/ports/OccasionPartRepository';
import { answersPerRole } from '../domain/plan/performerRolesOf';
import { randomUUID } from 'node:crypto';
import type { AbsenceRepository } from '../domain/ports/AbsenceRepository';
import type { AuditLog } from '../domain/ports/AuditLog';
import type { DeliveryOutcome, Messenger } from '../domain/ports/Messenger';
import type { OccasionRepository } from '../domain/ports/OccasionRepository';
import type { Outbox, OutboxAttempt, OutboxCompletion, OutboxItem } from '../domain/ports/Outbox';
import type { PlanRepository } from '../domain/ports/PlanRepository';
import { isReminderTime } from '../domain/reminders/isReminderTime';
import { reminderId } from '../domain/reminders/reminderId';
import { remindersDue } from '../domain/reminders/remindersDue';
import type { DueReminder, ReminderPolicy, ReminderProblem } from '../domain/reminders/types';
import { addDays } from '../domain/schedule/addDays';
import { localDateOf } from '../domain/schedule/localDateOf';
import type { ActionRepository } from '../domain/ports/ActionRepository';
import { actionRemindersFor, openActionSubjects } from './actions/actionRemindersFor';
import { composeReminderMessage } from './composeReminderMessage';
import { ReminderRateLimiter } from './ReminderRateLimiter';
import { settleWithin, sleepUnlessAborted } from './settleWithin';

export interface ReminderPassDeps {
  plans: PlanRepository;
  occasions: OccasionRepository;
  outbox: Outbox;
  absences: AbsenceRepository;
  messenger: Messenger;
  audit: AuditLog;
  /** Actions (åtgärder) followed up at checkpoints; their reminders join the controls' in one message. */
  actions?: ActionRepository;
  /** Per-role answers of `answer: each` controls: roles that answered are not reminded again. */
  parts?: OccasionPartRepository;
  logger: { info(obj: object, msg: string): void; warn(obj: object, msg: string): void };
}

export interface ReminderPassOptions {
  /** The instant the pass is for (simulated by `ikbot tick --now`). */
  now: Date;
  policy: ReminderPolicy;
  /** Tenant of the people in the plans (used to open 1:1 chats for people without a stored one). */
  tenantId: string;
  /** Wall clock for claims: they measure whether a process is alive, not the simulated date. */
  clock?: () => Date;
  owner?: string;
  /** A send claimed longer ago than this (wall clock) without an outcome is taken as interrupted. */
  leaseMs?: number;
  /** Requests per second to the connector (Teams: 50 per app per tenant). */
  ratePerSecond?: number;
  limiter?: ReminderRateLimiter;
  /** Attempts per message within one pass before it is left for the next pass. */
  maxAttempts?: number;
  recipientsPerClaim?: number;
  /** Finished outbox items of occasions due more than this many days ago are deleted. */
  retainDays?: number;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
  /**
   * Aborted when the process stops: no further message starts, a failed one is handed back to the
   * next pass at once, and a send in flight gets `sendDeadlineMs` more to answer.
   */
  signal?: AbortSignal;
  /** How long a send in flight may take after `signal` aborts (default 3 s); unanswered, it counts as interrupted. */
  sendDeadlineMs?: number;
}

export interface ReminderPassSummary {
  today: string;
  outsideWorkingHours: boolean;
  created: number;
  superseded: number;
  messagesSent: number;
  remindersSent: number;
  failed: number;
  skipped: number;
  unconfirmed: number;
  retries: number;
  purged: number;
  problems: ReminderProblem[];
}

/**
 * One reminder pass, the same for the scheduler and `ikbot tick`: recover what a dead process left,
 * create the reminders due today in the outbox (idempotent), then deliver them, one message per
 * person, throttled to Teams' limits, retrying 429 and 5xx, recording every attempt.
 *
 * Exactly once without transactions: right before the request a person's items are claimed
 * together (pending → sending under a per-person lease, so two passes never split one person's
 * message); only the pass whose claim succeeds sends. An unclaimed item was
 * never sent and is picked up by the next pass; a claim without an outcome after `leaseMs` means
 * the sender died with the request on the wire: the item becomes "unconfirmed" (recorded and
 * logged, never re-sent). Bot Framework offers no idempotent send, so a request in
 * flight at a crash is the one case that cannot be settled from the bot's side; marking it right
 * before the write keeps that window to the request itself.
 */
export async function runReminderPass(
  deps: ReminderPassDeps,
  options: ReminderPassOptions,
): Promise<ReminderPassSummary> {
  const { now, policy } = options;
  const clock = options.clock ?? (() => new Date());
  const owner = options.owner ?? randomUUID();
  const leaseMs = options.leaseMs ?? 120_000;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const random = options.random ?? Math.random;
  const maxAttempts = options.maxAttempts ?? 5;
  const limiter = options.limiter ?? new ReminderRateLimiter(options.ratePerSecond ?? 50);
  const today = localDateOf(now, policy.timeZone);
  const summary: ReminderPassSummary = {
    today,
    outsideWorkingHours: false,
    created: 0,
    superseded: 0,
    messagesSent: 0,
    remindersSent: 0,
    failed: 0,
    skipped: 0,
    unconfirmed: 0,
    retries: 0,
    purged: 0,
    problems: [],
  };

  const recovered = await deps.outbox.recover(owner, clock(), leaseMs);
  summary.unconfirmed = recovered.unconfirmed.length;
  for (const id of recovered.unconfirmed) {
    await deps.audit.append({
      at: now,
      actor: { system: 'reminders' },
      action: 'reminder.unconfirmed',
      subject: id.split('|')[0],
      details: { outboxId: id },
    });
  }
  if (recovered.unconfirmed.length > 0) {
    deps.logger.warn(
      { count: recovered.unconfirmed.length, ids: recovered.unconfirmed.slice(0, 20) },
      'Reminders were in flight when a reminder process stopped; Teams may have delivered them, so they are not sent again. Check with the recipients if it matters.',
    );
  }

  if (!isReminderTime(now, policy)) {
    summary.outsideWorkingHours = true;
    return summary;
  }

  await createDueReminders(deps, options, today, summary);
  await deliver(
    deps,
    {
      owner,
      clock,
      leaseMs,
      sleep,
      random,
      maxAttempts,
      limiter,
      today,
      now,
      tenantId: options.tenantId,
      signal: options.signal,
      sendDeadlineMs: options.sendDeadlineMs ?? 3000,
    },
    summary,
  );
  if (options.signal?.aborted) {
    deps.logger.info(
      { remindersSent: summary.remindersSent },
      'The reminder pass stopped early because ikbot is stopping; what it did not send stays in the outbox for the next pass.',
    );
    return summary;
  }
  summary.purged = await deps.outbox.purge(addDays(today, -(options.retainDays ?? 400)));
  return summary;
}

async function createDueReminders(
  deps: ReminderPassDeps,
  options: ReminderPassOptions,
  today: string,
  summary: ReminderPassSummary,
): Promise<void> {
  const year = Number(today.slice(0, 4));
  const plans = (await deps.plans.list()).filter(
    (stored) => stored.plan.year >= year - 1 && stored.plan.year <= year,
  );
  const [absences, pauses] = await Promise.all([deps.absences.absences(), deps.absences.pauses()]);
  const due: DueReminder[] = [];
  for (const { plan } of plans) {
    const occasions = await deps.occasions.find({
      planId: plan.id,
      statuses: ['open'],
      periodStartedBy: today,
    });
    const answeredRoles = await answeredRolesOf(deps.parts, plan, occasions);
    const result = remindersDue({
      plan,
      occasions,
      today,
      policy: options.policy,
      absences,
      pauses,
      answeredRoles,
    });
    due.push(...result.reminders);
    summary.problems.push(...result.problems);
    if (deps.actions) {
      const actions = await actionRemindersFor(deps.actions, {
        plan,
        today,
        now: options.now,
        policy: options.policy,
        absences,
        pauses,
      });
      due.push(...actions.reminders);
      summary.problems.push(...actions.problems);
    }
  }
  summary.created = await deps.outbox.enqueue(due, options.tenantId, options.now);
  summary.superseded = await deps.outbox.supersede(
    due.flatMap((reminder) => reminder.supersedes),
    'A later reminder for the same occasion replaced it.',
    options.now,
  );
}

interface DeliverContext {
  owner: string;
  clock: () => Date;
  leaseMs: number;
  sleep: (ms: number) => Promise<void>;
  random: () => number;
  maxAttempts: number;
  limiter: ReminderRateLimiter;
  today: string;
  now: Date;
  tenantId: string;
  signal: AbortSignal | undefined;
  sendDeadlineMs: number;
}

async function deliver(
  deps: ReminderPassDeps,
  ctx: DeliverContext,
  summary: ReminderPassSummary,
): Promise<void> {
  const pending: OutboxCompletion[] = [];
  let flushing: Promise<void> = Promise.resolve();
  const flush = (): void => {
    const batch = pending.splice(0, pending.length);
    if (batch.length === 0) return;
    flushing = flushing.then(() => deps.outbox.complete(batch, ctx.clock()));
  };
  // Each outcome is written as soon as it is known (in the background, in order), so a crash
  // leaves at most the request on the wire unrecorded.
  const record = (completion: OutboxCompletion): void => {
    pending.push(completion);
    flush();
  };
  const handedBack = new Set<string>();
  const timer = setInterval(flush, 300);
  try {
    while (!ctx.signal?.aborted) {
      // Handed-back items wait for the next pass instead of looping in this one.
      const waiting = await deps.outbox.pending(handedBack);
      if (waiting.length === 0) break;
      const byRecipient = new Map<string, OutboxItem[]>();
      for (const item of waiting) {
        const list = byRecipient.get(item.recipient.aadObjectId) ?? [];
        list.push(item);
        byRecipient.set(item.recipient.aadObjectId, list);
      }
      const open = await openOccasionIds(deps, waiting, ctx.today);
      await deps.messenger.prepare?.(
        [...byRecipient.values()].map((items) => ({
          ...items[0].recipient,
          tenantId: items[0].tenantId || ctx.tenantId,
        })),
      );
      for (const items of byRecipient.values()) {
        if (ctx.signal?.aborted) break;
        await deliverGroup(deps, ctx, items, open, record, summary);
      }
      // Items this pass could not claim (another process sends them) are not looked at again.
      for (const item of waiting) handedBack.add(item.id);
    }
  } finally {
    clearInterval(timer);
    flush();
    await flushing;
  }
}

async function deliverGroup(
  deps: ReminderPassDeps,
  ctx: DeliverContext,
  claimed: OutboxItem[],
  openIds: ReadonlySet<string>,
  record: (completion: OutboxCompletion) => void,
  summary: ReminderPassSummary,
): Promise<void> {
  const attempt = (outcome: OutboxAttempt['outcome'], extra: Partial<OutboxAttempt> = {}): OutboxAttempt => ({
    at: ctx.clock(),
    outcome,
    owner: ctx.owner,
    ...extra,
  });
  // Answered (or marked not applicable) since the reminder was created: nothing to send.
  const open: OutboxItem[] = [];
  const answered: string[] = [];
  for (const item of claimed) {
    if (openIds.has(item.occasionId)) open.push(item);
    else answered.push(item.id);
  }
  if (answered.length > 0) {
    summary.skipped += answered.length;
    record({
      ids: answered,
      status: 'skipped',
      attempts: [attempt('skipped', { code: 'answered' })],
      reason: 'The occasion was answered before the reminder went out.',
    });
  }
  if (open.length === 0 || ctx.signal?.aborted) return;

  const mine = new Set(
    await deps.outbox.markInFlight(
      open.map((item) => item.id),
      ctx.owner,
      ctx.clock(),
      ctx.leaseMs,
    ),
  );
  const items = open.filter((item) => mine.has(item.id));
  if (items.length === 0) return;
  const ids = items.map((item) => item.id);
  const recipient = { ...items[0].recipient, tenantId: items[0].tenantId || ctx.tenantId };
  const message = composeReminderMessage(items, ctx.today);
  const attempts: OutboxAttempt[] = [];

  for (let n = 1; ; n += 1) {
    const answered = await ctx.limiter.acquire();
    let outcome: DeliveryOutcome | undefined;
    try {
      outcome = await settleWithin(
        deps.messenger.sendToPerson(recipient, message),
        ctx.signal,
        ctx.sendDeadlineMs,
      );
    } finally {
      answered();
    }
    if (outcome === undefined) {
      // Stopping, and the request did not answer in time: it may have reached Teams, so it is left
      // in flight and the next pass records it as unconfirmed, as after a crash (never sent twice).
      deps.logger.warn(
        { recipient: recipient.aadObjectId },
        'A reminder was still being sent when ikbot stopped; the next pass records it as unconfirmed.',
      );
      return;
    }
    if (outcome.ok) {
      // No per-message details here: equal attempts let one update complete all items of the message.
      attempts.push(attempt('sent'));
      record({ ids, status: 'sent', attempts });
      summary.messagesSent += 1;
      summary.remindersSent += ids.length;
      return;
    }
    const details = { httpStatus: outcome.status, code: outcome.code };
    if (outcome.permanent) {
      attempts.push(attempt('failed', details));
      record({ ids, status: 'failed', attempts, reason: outcome.reason });
      summary.failed += ids.length;
      await reportUnreachable(deps, ctx, items, outcome.code ?? String(outcome.status ?? 'error'));
      return;
    }
    attempts.push(attempt('retry', details));
    summary.retries += 1;
    if (ctx.signal?.aborted) {
      record({
        ids,
        status: 'pending',
        attempts,
        reason: 'ikbot stopped before the message could be delivered.',
      });
      return;
    }
    if (n >= ctx.maxAttempts) {
      deps.logger.warn(
        { recipient: recipient.aadObjectId, status: outcome.status, reason: outcome.reason },
        'A reminder could not be delivered after several attempts; it stays pending and the next pass tries again. If this repeats, check the Bot Connector service URL and Teams service health.',
      );
      record({ ids, status: 'pending', attempts, reason: outcome.reason });
      return;
    }
    const backoff = Math.min(30_000, 500 * 2 ** (n - 1)) * (0.5 + ctx.random());
    const wait = outcome.retryAfterMs ?? backoff;
    if (outcome.status === 429) ctx.limiter.pause(wait);
    await sleepUnlessAborted(ctx.sleep, wait, ctx.signal);
    if (ctx.signal?.aborted) {
      record({
        ids,
        status: 'pending',
        attempts,
        reason: 'ikbot stopped before the message could be delivered.',
      });
      return;
    }
  }
}

/** Ids of the still-open occasions behind a batch of items: one query per plan instead of one per item. */
async function openOccasionIds(
  deps: ReminderPassDeps,
  items: readonly OutboxItem[],
  today: string,
): Promise<Set<string>> {
  const open = new Set<string>();
  for (const planId of new Set(items.map((item) => item.planId))) {
    const occasions = await deps.occasions.find({ planId, statuses: ['open'], periodStartedBy: today });
    for (const occasion of occasions) open.add(occasion.id);
    if (deps.actions)
      for (const subject of await openActionSubjects(deps.actions, planId, today)) open.add(subject);
  }
  return open;
}

/** Tells the responsible manager that a person could not be reached (a new outbox item, sent in this pass). */
async function reportUnreachable(
  deps: ReminderPassDeps,
  ctx: DeliverContext,
  items: OutboxItem[],
  code: string,
): Promise<void> {
  const reports: DueReminder[] = items
    .filter(
      (item) =>
        item.manager &&
        item.kind !== 'unreachable' &&
        item.manager.aadObjectId !== item.recipient.aadObjectId,
    )
    .map(({ tenantId: _t, status: _s, createdAt: _c, attempts: _a, sentAt: _at, reason: _r, ...item }) => ({
      ...item,
      id: `${reminderId(item.occasionId, 'unreachable', item.manager?.aadObjectId ?? '')}|${item.recipient.aadObjectId}`,
      kind: 'unreachable' as const,
      role: 'manager' as const,
      recipient: item.manager ?? item.recipient,
      performer: item.recipient,
      unreachableCode: code,
      supersedes: [],
    }));
  if (reports.length === 0) return;
  await deps.outbox.enqueue(reports, ctx.tenantId, ctx.now);
  for (const report of reports) {
    await deps.audit.append({
      at: ctx.now,
      actor: { system: 'reminders' },
      action: 'reminder.unreachable',
      subject: report.occasionId,
      details: { person: report.performer?.aadObjectId, code, manager: report.recipient.aadObjectId },
    });
  }
}

/** The roles that answered open occasions of `answer: each` controls (one query per plan and pass). */
async function answeredRolesOf(
  parts: OccasionPartRepository | undefined,
  plan: Plan,
  occasions: ReadonlyArray<{ id: string; controlId: string }>,
): Promise<Map<string, string[]>> {
  const answered = new Map<string, string[]>();
  if (!parts) return answered;
  const index = controlIndex(plan);
  const ids = occasions
    .filter((occasion) => {
      const control = index.get(occasion.controlId)?.control;
      return control !== undefined && answersPerRole(control);
    })
    .map((occasion) => occasion.id);
  for (const part of await parts.partsOf(ids))
    answered.set(part.occasionId, [...(answered.get(part.occasionId) ?? []), part.roleId]);
  return answered;
}
